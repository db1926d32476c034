"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypedDict, TypeVar

import httpx
from attrs import define

if TYPE_CHECKING:  # the hand-written layer shipped beside this package, which sends requests
    from determined_client import Prefer


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:  # determined-client template: model reprs read `x=UNSET`
        return "UNSET"


UNSET: Unset = Unset()

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


__all__ = [
    "UNSET",
    "CallOptions",
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
