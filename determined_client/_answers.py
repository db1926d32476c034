"""What a master's answer must be before anyone reads it: checks keyed on the response alone,
so every operation (and the session's own login and logout) gets them with no per-operation
code.

* A 2xx answer to a request that accepts JSON must be a JSON object: a real master answers
  every success with one (``{}`` for logout, archive, unarchive, ...). An HTML sign-in page a
  proxy answers with 200, a truncated body, a JSON list or string: none of them is success.
* A redirect (the session never follows one) is reported with where it points, so a master
  URL that should be ``https://`` or carry a path prefix is easy to fix.

Every body is decoded by ``determined_api.types.decode_json`` (msgspec, with json.loads's
results), once: ``json_object`` decodes and checks a call's answer and hands the value to
the operation's model.
"""

from __future__ import annotations

from typing import Any

import httpx

from determined_api.types import decode_json

from ._exceptions import APIResponseValidationError, decode_body, extract_message

FULL_CHECK_BYTES = 4096
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def wants_json(request: httpx.Request) -> bool:
    """Whether the request asked for JSON (no Accept, or one naming JSON or anything)."""
    accept = request.headers.get("Accept", "")
    return not accept or "json" in accept or "*/*" in accept


def body_problem(response: httpx.Response) -> str | None:
    """Why a read 2xx answer is not a JSON object, or None if it is one: the check for
    answers that someone else decodes (generated functions called directly, login,
    ``Session.request``); ``Session.call`` uses ``json_object`` instead.

    Not decoded twice: any body must start with ``{`` and end with ``}`` (a page, a list, a
    scalar or a truncated document does not), and a small one (every answer that has no
    model to parse, such as ``{}``) is decoded here in full; a larger one is decoded once,
    by the operation's parser, where invalid JSON raises APIResponseValidationError as well.
    """
    if not wants_json(response.request):
        return None
    content = response.content.strip()
    problem = _shape_problem(response, content)
    if problem is None and len(content) <= FULL_CHECK_BYTES:
        try:
            decode_json(content)
        except ValueError:  # also UnicodeDecodeError
            return _not_an_object(response, content)
    return problem


def json_object(response: httpx.Response) -> dict[str, Any]:
    """The decoded body of a read 2xx JSON answer, checked to be an object: decoded once,
    for the check and for the model (``Session.call``, ``paginate``).

    Raises ``APIResponseValidationError`` exactly where ``body_problem`` finds a problem. A
    larger body that looks like an object but does not decode raises the decoder's own
    ``json.JSONDecodeError`` (or ``UnicodeDecodeError``), as the model's parse did before,
    which the session reports as "is not valid JSON".
    """
    content = response.content
    stripped = content.strip()
    problem = _shape_problem(response, stripped)
    if problem is not None:
        raise invalid_body(response, problem)
    try:
        data: dict[str, Any] = decode_json(content)
    except ValueError:  # also UnicodeDecodeError
        if len(stripped) <= FULL_CHECK_BYTES:
            raise invalid_body(response, _not_an_object(response, stripped)) from None
        raise
    return data


def _shape_problem(response: httpx.Response, content: bytes) -> str | None:
    """Why a (stripped) body cannot be a JSON object, from its first and last bytes alone."""
    if not content:  # a master answers `{}` even when it has nothing to say
        return "is empty"
    if content[:1] != b"{" or content[-1:] != b"}":
        return _not_an_object(response, content)
    return None


def _not_an_object(response: httpx.Response, content: bytes) -> str:
    try:
        body = decode_json(content)
    except ValueError:
        ctype = response.headers.get("Content-Type", "").split(";")[0].strip()
        return f"is not JSON ({ctype or 'no Content-Type'}; a proxy's page?)"
    if isinstance(body, dict):  # decodable only as json.loads reads bytes: BOM, UTF-16/32
        return "is a JSON object with a byte order mark or not in UTF-8 (JSON travels as UTF-8)"
    return f"is a JSON {type(body).__name__}, not a JSON object"


def invalid_body(response: httpx.Response, problem: str) -> APIResponseValidationError:
    """The error for a 2xx answer that is not a JSON object: status and (masked) body kept."""
    request = response.request
    body = decode_body(response)
    snippet = extract_message(body, response.status_code) if isinstance(body, str) else ""
    return APIResponseValidationError(
        f"the {response.status_code} answer to {request.method} {request.url} {problem}"
        + (f": {snippet}" if snippet and snippet != "error" else ""),
        status_code=response.status_code,
        body=body,
        method=request.method,
        url=str(request.url),
    )


def redirect_hint(response: httpx.Response) -> str:
    """For a redirect: where it points (no userinfo, query or fragment: they may hold secrets)."""
    if response.status_code not in _REDIRECTS:
        return ""
    try:
        target = response.request.url.join(response.headers["Location"])
        shown = target.copy_with(username=None, password=None, query=None, fragment=None)
    except Exception:  # no or unparseable Location: say so, without echoing it
        return " (a redirect without a usable Location; the session does not follow redirects)"
    return (
        f" (redirected to {shown}; the session does not follow redirects: if the master "
        "lives there, set DET_MASTER or master= to it)"
    )
