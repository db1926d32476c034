"""Choose the mock's answer: Prism's ``Prefer`` request header.

Prism answers ``Prefer: code=404`` with the operation's 404 response, ``example=name`` with a
named example, ``dynamic=true`` with an answer generated from the schema. A downstream test
exercises its error paths through the same sessions its code uses: ``prefer=Prefer(code=404)``
on one ``call``/``paginate``, or ``with Prefer(code=404):`` around code that makes the calls
itself (every session, sync or async, in that thread or task). A real master ignores it.

The header goes on the calls' own requests only, never on the login a call may trigger: a
forced 401 must look like an expired token, not like wrong credentials.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from contextvars import ContextVar, Token
from types import TracebackType

import attrs
import httpx

__all__ = ["INTERNAL", "Prefer", "apply", "scope"]

#: httpx request extensions that mark the session's own requests (login, logout); httpx
#: copies them into each request.
_INTERNAL_KEY = "determined_client.internal"
INTERNAL = {_INTERNAL_KEY: True}
_CURRENT: ContextVar[str | None] = ContextVar("_PREFER", default=None)
_ENTERED: ContextVar[tuple[Token[str | None], ...]] = ContextVar("_PREFER_ENTERED", default=())
# parse-prefer-header (Prism's parser) has no escapes: no quotes, commas, semicolons or
# controls inside a value, which also keeps the header from being split or injected.
_VALUE = re.compile(r'[^",;\x00-\x1f\x7f]+\Z')


def _check_code(
    instance: Prefer, attribute: attrs.Attribute[int | None], value: int | None
) -> None:
    if value is not None and (isinstance(value, bool) or not 100 <= value <= 599):
        raise ValueError(f"Prefer.code must be an HTTP status from 100 to 599, not {value!r}")


def _check_text(
    instance: Prefer, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and not _VALUE.match(value):
        raise ValueError(
            f"Prefer.{attribute.name} must be non-empty text without quotes, commas, "
            f"semicolons or control characters, not {value!r}"
        )


@attrs.frozen
class Prefer:
    """Which answer the Prism mock should give to one call.

    ``code``: the HTTP status of the response to pick (404, 401, 500, ...; the operation must
    document it, or its ``default`` response is used). ``example``: the name of an example
    under the response's ``examples``. ``dynamic``: generate the body from the schema
    (``True``) or use the examples (``False``). ``seed``: the seed for ``dynamic`` answers.
    Raises ``ValueError`` for an empty preference or a value Prism could not parse.

    As a context manager it applies to every call made inside the block (innermost block
    wins; a call's own ``prefer=`` wins over both)::

        with Prefer(code=404):
            my_service.describe(experiment_id=7)  # its session.call(...) gets the 404

    >>> str(Prefer(code=404))
    'code=404'
    """

    code: int | None = attrs.field(default=None, validator=_check_code)
    example: str | None = attrs.field(default=None, validator=_check_text)
    dynamic: bool | None = None
    seed: str | None = attrs.field(default=None, validator=_check_text)

    def __attrs_post_init__(self) -> None:
        if (self.code, self.example, self.dynamic, self.seed) == (None, None, None, None):
            raise ValueError("Prefer needs at least one of code, example, dynamic or seed")

    def __enter__(self) -> Prefer:
        token = _CURRENT.set(str(self))
        _ENTERED.set((*_ENTERED.get(), token))
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        *outer, token = _ENTERED.get()
        _ENTERED.set(tuple(outer))
        _CURRENT.reset(token)

    def __str__(self) -> str:
        parts = []
        if self.code is not None:
            parts.append(f"code={self.code}")
        if self.example is not None:
            parts.append(f'example="{self.example}"')
        if self.dynamic is not None:
            parts.append(f"dynamic={str(self.dynamic).lower()}")
        if self.seed is not None:
            parts.append(f'seed="{self.seed}"')
        return ", ".join(parts)


def _header(prefer: Prefer | str) -> str:
    if isinstance(prefer, Prefer):
        return str(prefer)
    if isinstance(prefer, str) and prefer.strip() and not re.search(r"[\x00-\x1f\x7f]", prefer):
        return prefer.strip()
    raise ValueError(f"prefer must be a Prefer or a Prefer header value, not {prefer!r}")


@contextlib.contextmanager
def scope(prefer: Prefer | str | None) -> Iterator[None]:
    """Within the block, the session's requests carry ``prefer`` (None: whatever an
    enclosing ``with Prefer(...)`` says, if any)."""
    token = enter(prefer)
    try:
        yield
    finally:
        leave(token)


def enter(prefer: Prefer | str | None) -> Token[str | None] | None:
    """``scope`` without a context manager, for the per-call path of ``Session.call`` (a
    context manager costs ~4 µs a call there, bench/): give the result to ``leave``."""
    return None if prefer is None else _CURRENT.set(_header(prefer))


def leave(token: Token[str | None] | None) -> None:
    if token is not None:
        _CURRENT.reset(token)


def apply(request: httpx.Request) -> None:
    """Add the current call's ``Prefer`` header, unless the request is the session's own."""
    value = _CURRENT.get()
    if value is not None and not request.extensions.get(_INTERNAL_KEY):
        request.headers["Prefer"] = value
