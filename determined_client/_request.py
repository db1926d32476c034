"""``Session.request``: any operation by method and path, JSON in and JSON out.

For callers that work from the contract itself rather than from generated modules (the MCP
server derives its tools from ``openapi.yaml``). The request goes through the session's own
httpx client, so it gets the same login, re-login on 401, retries, timeouts and typed
errors as ``call``; only the answer stays plain JSON instead of a generated model.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol
from urllib.parse import quote

import httpx

from determined_api.types import decode_json

from ._answers import wants_json as _wants_json
from ._exceptions import APIResponseValidationError, decode_body

__all__ = ["AsyncRequests", "SyncRequests", "fill_path"]

_TEMPLATE = re.compile(r"\{([^{}]+)\}")
Timeout = float | httpx.Timeout | None


def _segment(name: str, value: object) -> str:
    """One path parameter, percent-encoded so a value can never leave its segment."""
    if isinstance(value, bool):  # before int: True is an int
        text = "true" if value else "false"
    elif isinstance(value, str | int | float):
        text = str(value)
    else:
        raise ValueError(f"path parameter {name!r} must be a string or a number")
    if text in ("", ".", ".."):
        raise ValueError(f"path parameter {name!r} must not be {text!r}")
    return quote(text, safe="")


def fill_path(template: str, values: Mapping[str, object]) -> str:
    """``/api/v1/experiments/{experimentId}`` with each ``{name}`` replaced by its value.

    Raises ``ValueError`` (before any I/O) for a missing or unusable value; names may be
    dotted (``{experiment.id}``), as grpc-gateway writes them.
    """

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise ValueError(f"missing path parameter {name!r}")
        return _segment(name, values[name])

    return _TEMPLATE.sub(one, template)


def _query(params: Mapping[str, object] | None) -> dict[str, Any]:
    """Drop unset (None) values; httpx repeats the key for lists and writes true/false."""
    return {k: v for k, v in (params or {}).items() if v is not None}


def _decode(response: httpx.Response) -> Any:
    """The JSON of a 2xx answer; None for an empty body. Non-JSON is a validation error,
    unless the caller asked for another type (``Accept``): then text, or bytes."""
    if not _wants_json(response.request):
        ctype = response.headers.get("Content-Type", "")
        return response.text if ctype.startswith("text/") else response.content
    if not response.content.strip():
        return None
    try:
        return decode_json(response.content)
    except ValueError as exc:
        raise APIResponseValidationError(
            f"the {response.status_code} answer to {response.request.method} "
            f"{response.request.url.path} is not valid JSON ({type(exc).__name__})",
            status_code=response.status_code,
            body=decode_body(response),
            method=response.request.method,
            url=str(response.request.url),
        ) from None


def _build(
    method: str,
    path: str,
    path_params: Mapping[str, object] | None,
    params: Mapping[str, object] | None,
    json: object,
    timeout: Timeout,
    accept: str | None,
) -> dict[str, Any]:
    kw: dict[str, Any] = {
        "method": method.upper(),
        "url": fill_path(path, path_params or {}),
        "params": _query(params),
    }
    if accept is not None:
        kw["headers"] = {"Accept": accept}
    if json is not None:
        kw["json"] = json
    if timeout is not None:
        kw["timeout"] = timeout
    return kw


class _HasSyncHTTP(Protocol):
    @property
    def _http(self) -> httpx.Client: ...


class _HasAsyncHTTP(Protocol):
    @property
    def _ahttp(self) -> httpx.AsyncClient: ...


class SyncRequests:
    """Mixin of ``Session``: ``request``."""

    def request(
        self: _HasSyncHTTP,
        method: str,
        path: str,
        /,
        *,
        path_params: Mapping[str, object] | None = None,
        params: Mapping[str, object] | None = None,
        json: object = None,
        timeout: Timeout = None,
        accept: str | None = None,
    ) -> Any:
        """Send ``method path`` (a template such as ``/api/v1/experiments/{experimentId}``,
        filled from ``path_params``, each value percent-encoded) with query ``params``
        (None values dropped, lists repeated) and a JSON body ``json`` (None: no body).

        Returns the decoded JSON object of the answer, or None for an empty body; with
        ``accept`` (media types other than JSON, e.g. ``text/csv`` for a report), the
        answer's text (``text/*``) or bytes.
        Raises the typed errors of ``call``: ``APIStatusError`` subclasses for non-2xx,
        ``APIConnectionError``, ``APIResponseValidationError`` for a 2xx that is not a
        JSON object, and ``ValueError`` before any I/O for a missing or unusable path
        parameter.
        """
        kw = _build(method, path, path_params, params, json, timeout, accept)
        return _decode(self._http.request(**kw))


class AsyncRequests:
    """Mixin of ``AsyncSession``: ``request``."""

    async def request(
        self: _HasAsyncHTTP,
        method: str,
        path: str,
        /,
        *,
        path_params: Mapping[str, object] | None = None,
        params: Mapping[str, object] | None = None,
        json: object = None,
        timeout: Timeout = None,
        accept: str | None = None,
    ) -> Any:
        """The asyncio twin of ``Session.request`` (same arguments, answer and errors)."""
        kw = _build(method, path, path_params, params, json, timeout, accept)
        return _decode(await self._ahttp.request(**kw))
