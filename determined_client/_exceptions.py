"""One error hierarchy, so callers catch our types and never httpx's or the generator's.

Messages name the method, URL and the server's own words; never headers, so a token
cannot leak through ``str(exc)`` or a log of it.
"""

from __future__ import annotations

import json
import re

import httpx

from determined_api.types import decode_json

_SNIPPET = 200


class DeterminedError(Exception):
    """Base of every error this package raises."""

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only constructors do not survive pickle's default `cls(*args)`; errors
        # must cross process pools intact, attributes included.
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(
    cls: type[DeterminedError], args: tuple[object, ...], state: dict[str, object]
) -> DeterminedError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ConfigurationError(DeterminedError):
    """Bad master URL or missing credentials; raised before any network call."""


class APIConnectionError(DeterminedError):
    """The master could not be reached (after any retries)."""

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseValidationError(DeterminedError):
    """A 2xx answer whose body is not JSON or does not fit the model."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int = 200,
        body: object = None,
        method: str = "",
        url: str = "",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.body = body
        self.method = method
        self.url = url


class APIStatusError(DeterminedError):
    """The master answered with a non-2xx status.

    ``violations``: from a Prism mock, what exactly it found wrong with the request (its
    ``sl-violations`` header, e.g. ``request.body.userId: Request body must have required
    property 'userId'``); they are also in ``message``. Empty from a real master.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: object = None,
        method: str = "",
        url: str = "",
        hint: str = "",
        violations: tuple[str, ...] = (),
    ) -> None:
        self.message = message
        self.status_code = status_code
        self.body = body
        self.method = method
        self.url = url
        self.violations = violations
        where = f" from {method} {url}" if method else ""
        super().__init__(f"{status_code}{where}: {message}{hint}")


class BadRequestError(APIStatusError):
    """400: the request was malformed or out of range."""


class AuthenticationError(APIStatusError):
    """401: token missing, expired or invalid, or wrong credentials at login."""


class PermissionDeniedError(APIStatusError):
    """403: not permitted, or the user is not active."""


class NotFoundError(APIStatusError):
    """404: no such object."""


class ConflictError(APIStatusError):
    """409: already exists or aborted."""


class UnprocessableEntityError(APIStatusError):
    """422: the server understood the request but cannot process it."""


class RateLimitError(APIStatusError):
    """429: too many requests (retried first for idempotent methods)."""


class InternalServerError(APIStatusError):
    """5xx: the server (or a proxy in front of it) failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


_SECRET_KEYS = frozenset({"token", "password", "authorization"})
_SECRET_TEXT = re.compile(r'("(?:token|password)"\s*:\s*")[^"]*', re.IGNORECASE)


def redact(body: object) -> object:
    """The body with every token and password value masked, at any depth."""
    if isinstance(body, dict):
        return {k: "***" if str(k).lower() in _SECRET_KEYS else redact(v) for k, v in body.items()}
    if isinstance(body, list):
        return [redact(v) for v in body]
    if isinstance(body, str):  # e.g. truncated JSON that did not parse
        return _SECRET_TEXT.sub(r"\1***", body)
    return body


def decode_body(response: httpx.Response) -> object:
    """The body as JSON if it is JSON, else as text (never raises), secrets masked:
    errors keep it for debugging, and an access token's answer must not ride along."""
    text = response.content.decode("utf-8", errors="replace")
    try:
        return redact(decode_json(text))
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python recurses
        return redact(text)


def extract_message(body: object, status_code: int) -> str:
    """The server's message from any of the shapes the master or a proxy sends."""
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict):
            for key in ("error", "message", "reason"):
                if isinstance(err.get(key), str) and err[key]:
                    return str(err[key])
        if isinstance(err, str) and err:
            return err
        if isinstance(body.get("message"), str) and body["message"]:
            return str(body["message"])
    if isinstance(body, str) and body.strip():
        text = re.sub(r"<[^>]*>", " ", body)  # HTML from a proxy: keep the words
        text = " ".join(text.split())
        return text[:_SNIPPET] + ("..." if len(text) > _SNIPPET else "")
    return httpx.codes.get_reason_phrase(status_code) or "error"


_VIOLATIONS_HEADER = "sl-violations"
_TOO_MANY = "Too many violations! "


def mock_violations(response: httpx.Response) -> tuple[str, ...]:
    """Prism's ``sl-violations`` header as ``location: message`` lines (secrets masked):
    the mock's 400 body is a fixed example, the header says what was really wrong."""
    raw = response.headers.get(_VIOLATIONS_HEADER, "").strip()
    if not raw:
        return ()
    try:
        items = json.loads(raw.removeprefix(_TOO_MANY))
    except ValueError:  # cut short by Prism's 8 KiB limit: keep its words, not the JSON
        return (str(redact(raw[: _SNIPPET * 2])),)
    found = []
    for item in items if isinstance(items, list) else [items]:
        if not isinstance(item, dict) or not item.get("message"):
            continue
        location = ".".join(str(part) for part in item.get("location") or ())
        text = f"{location}: {item['message']}" if location else str(item["message"])
        found.append(str(redact(text)))
    return tuple(found)


#: gRPC code -> HTTP status, as grpc-gateway maps them (for a stream line without httpCode).
_GRPC_STATUS = {3: 400, 5: 404, 6: 409, 7: 403, 9: 412, 10: 409, 11: 400, 12: 501, 14: 503,
                16: 401, 4: 504, 8: 429, 13: 500, 2: 500}  # fmt: skip


def stream_error(error: object, response: httpx.Response) -> APIStatusError:
    """The typed error for a stream line ``{"error": {"grpcCode", "httpCode", "message",
    "httpStatus", "details"}}``: the master's way to fail after the stream began."""
    fields = error if isinstance(error, dict) else {}
    code = fields.get("httpCode")
    if not isinstance(code, int) or isinstance(code, bool) or not 400 <= code <= 599:
        grpc = fields.get("grpcCode")
        code = _GRPC_STATUS.get(grpc, 500) if isinstance(grpc, int) else 500
    cls = _BY_STATUS.get(code) or (InternalServerError if code >= 500 else APIStatusError)
    body = redact({"error": error})
    return cls(
        extract_message(body, code),
        status_code=code,
        body=body,
        method=response.request.method,
        url=str(response.request.url),
        hint=" (in the stream)",
    )


def status_error(response: httpx.Response, hint: str = "") -> APIStatusError:
    """Build the typed error for a non-2xx response."""
    code = response.status_code
    cls = _BY_STATUS.get(code) or (InternalServerError if code >= 500 else APIStatusError)
    body = decode_body(response)
    message = extract_message(body, code)
    violations = mock_violations(response)
    if violations:
        message = f"{message} (mock: {'; '.join(violations)})"
    return cls(
        message,
        status_code=code,
        body=body,
        method=response.request.method,
        url=str(response.request.url),
        hint=hint,
        violations=violations,
    )
