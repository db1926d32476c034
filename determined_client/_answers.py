"""What a master's answer must be before anyone reads it: checks keyed on the response alone,
so every operation (and the session's own login and logout) gets them with no per-operation
code.

* A 2xx answer to a request that accepts JSON must be a JSON object: a real master answers
  every success with one (``{}`` for logout, archive, unarchive, ...). An HTML sign-in page a
  proxy answers with 200, a truncated body, a JSON list or string: none of them is success.
* A redirect (the session never follows one) is reported with where it points, so a master
  URL that should be ``https://`` or carry a path prefix is easy to fix.
"""

from __future__ import annotations

import json

import httpx

from ._exceptions import APIResponseValidationError, decode_body, extract_message

FULL_CHECK_BYTES = 4096
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def wants_json(request: httpx.Request) -> bool:
    """Whether the request asked for JSON (no Accept, or one naming JSON or anything)."""
    accept = request.headers.get("Accept", "")
    return not accept or "json" in accept or "*/*" in accept


def body_problem(response: httpx.Response) -> str | None:
    """Why a read 2xx answer is not a JSON object, or None if it is one.

    Not parsed twice: any body must start with ``{`` and end with ``}`` (a page, a list, a
    scalar or a truncated document does not), and a small one (every answer that has no
    model to parse, such as ``{}``) is parsed here in full; a larger one is parsed once, by
    the operation's model, where invalid JSON raises APIResponseValidationError as well.
    """
    if not wants_json(response.request):
        return None
    content = response.content.strip()
    if not content:  # a master answers `{}` even when it has nothing to say
        return "is empty"
    if content[:1] != b"{" or content[-1:] != b"}":
        return _not_an_object(response, content)
    if len(content) <= FULL_CHECK_BYTES:
        try:
            json.loads(content)
        except ValueError:  # also UnicodeDecodeError
            return _not_an_object(response, content)
    return None


def _not_an_object(response: httpx.Response, content: bytes) -> str:
    try:
        body = json.loads(content)
    except ValueError:
        ctype = response.headers.get("Content-Type", "").split(";")[0].strip()
        return f"is not JSON ({ctype or 'no Content-Type'}; a proxy's page?)"
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
