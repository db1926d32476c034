"""Reading a streaming answer: newline-delimited JSON, one ``{"result": ...}`` or
``{"error": ...}`` per line (grpc-gateway's stream format, as the master sends it).

Shared by ``Session.stream`` and ``AsyncSession.stream``: they own the connection; this
module turns one line into an item or a typed error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from determined_api.types import decode_json

from ._exceptions import APIResponseValidationError, redact, stream_error
from ._model_errors import model_field
from ._retry import STREAM_EXTENSION

Item = TypeVar("Item")


def follows(kwargs: dict[str, Any]) -> bool:
    """Whether the request asks the master to keep the stream open (``follow=true``)."""
    params = kwargs.get("params") or {}
    return params.get("follow") is True


def stream_timeout(base: httpx.Timeout, follow: bool) -> httpx.Timeout:
    """A followed stream may be silent for as long as the thing it follows: no read
    timeout then, but connecting stays bounded."""
    if not follow:
        return base
    return httpx.Timeout(connect=base.connect, read=None, write=base.write, pool=base.pool)


def _invalid(response: httpx.Response, line: str, why: str, operation: str) -> Exception:
    return APIResponseValidationError(
        f"a line of the streamed answer to {operation} {why}",
        status_code=response.status_code,
        body=redact(line[:2000]),
        method=response.request.method,
        url=str(response.request.url),
    )


def parse_line(
    line: str, parse: Callable[[Any], Item], response: httpx.Response, operation: str
) -> Item | None:
    """The item a line carries; None for a blank line (keep-alive). An ``error`` line raises
    the typed status error it describes; anything else that is not a result line raises
    ``APIResponseValidationError``."""
    if not line.strip():
        return None
    try:
        data = decode_json(line)
    except ValueError:
        raise _invalid(response, line, "is not JSON", operation) from None
    if not isinstance(data, dict):
        raise _invalid(response, line, "is not a JSON object", operation)
    error = data.get("error")
    if error is not None:
        raise stream_error(error, response)
    if "result" not in data:
        raise _invalid(response, line, "has neither result nor error", operation)
    try:
        return parse(data["result"])
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        where = model_field(exc)
        fits = "does not fit the model" + (f" at {where}" if where else "")
        raise _invalid(response, line, f"{fits} ({type(exc).__name__}: {exc})", operation) from exc


__all__ = ["STREAM_EXTENSION", "follows", "parse_line", "stream_timeout"]
