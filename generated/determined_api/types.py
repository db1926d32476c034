"""Contains some shared types for properties"""

import json
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypedDict, TypeVar

import httpx
import msgspec
from attrs import define

if TYPE_CHECKING:  # the hand-written layer shipped beside this package, which sends requests
    from determined_client import Prefer


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:  # determined-client template: model reprs read `x=UNSET`
        return "UNSET"


UNSET: Unset = Unset()

_decode = msgspec.json.Decoder().decode


def decode_json(text: bytes | str) -> Any:
    """A JSON document (bytes or str) as Python values: exactly what `json.loads` gives.

    msgspec decodes it (2-3x faster than json.loads; unlike orjson it keeps integers beyond
    64 bits exact). What msgspec refuses goes to json.loads, which either accepts it as it
    always did (NaN and Infinity literals, numbers beyond a double as inf, a UTF-8 BOM or
    UTF-16/32 bytes, lone surrogates) or raises its own error (json.JSONDecodeError, or
    UnicodeDecodeError for bytes that are not text). Values and errors are json.loads's;
    tests/unit/test_decode_json.py runs the same documents through both.
    """
    try:
        return _decode(text)
    except (ValueError, RecursionError):  # msgspec.DecodeError; UnicodeEncodeError for a str
        pass  # with a lone surrogate. Outside the except: json.loads's error is not chained.
    return json.loads(text)


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


Item = TypeVar("Item")


class CallOptions(TypedDict, total=False):
    """Per-call options of determined_client.Session (not parameters of the operation)."""

    #: seconds, or an httpx.Timeout; None: the session's default
    timeout: float | httpx.Timeout | None
    #: asks a Prism mock for one of its answers (Prefer(code=404), or the header's text)
    prefer: "Prefer | str | None"


class PageOptions(CallOptions, total=False):
    """Per-call options of determined_client.Session.paginate."""

    #: items per request (the operation's `limit`); at least 1
    page_size: int


@dataclass(frozen=True, slots=True)
class Request(Generic[T]):
    """One call of an operation, ready to send: httpx arguments and how to read the 200."""

    operation: str
    kwargs: dict[str, Any]
    parse: Callable[[httpx.Response], T]
    options: CallOptions
    #: the 200 read from its already decoded JSON body (what `parse` does after
    #: decode_json), so a caller that decoded the body to check it need not decode it again;
    #: None when the answer is not JSON (text, a file): then `parse` reads the response.
    from_json: Callable[[Any], T] | None = None


@dataclass(frozen=True, slots=True)
class StreamRequest(Generic[Item]):
    """One call of a streaming operation: every line of its answer is `{"result": ...}`
    (read by `parse_result`) or `{"error": ...}`."""

    operation: str
    kwargs: dict[str, Any]
    parse_result: Callable[[Any], Item]
    options: CallOptions


@dataclass(frozen=True, slots=True)
class Pages(Generic[T, Item]):
    """Every page of a list operation: `page(limit, offset)` gives one page's httpx
    arguments, `parse` reads it, `items` takes its list out."""

    operation: str
    page: Callable[[int, int], dict[str, Any]]
    parse: Callable[[httpx.Response], T]
    items: Callable[[T], list[Item]]
    offset: int
    options: PageOptions
    #: a page read from its already decoded JSON body (see Request.from_json)
    from_json: Callable[[Any], T]


__all__ = [
    "UNSET",
    "CallOptions",
    "decode_json",
    "File",
    "FileTypes",
    "PageOptions",
    "Pages",
    "Request",
    "RequestFiles",
    "Response",
    "StreamRequest",
    "Unset",
]
