"""Session and AsyncSession: configuration, login, the httpx clients and ``call``.

One object owns both httpx clients (sync and async) of a generated ``Client``, each built
with the token auth, the retry transport, timeouts and a User-Agent, so every generated
function, called directly or through ``call``, gets all of it with no per-operation code.
Non-2xx answers raise typed errors in ``send``, above the auth flow (which must see 401s).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import AsyncIterator, Callable, Iterator
from contextvars import ContextVar, Token
from typing import Any, ParamSpec, Self, TypeVar, cast

import httpx

from determined_api.types import CallOptions, Pages, Request, StreamRequest, decode_json

from . import _logging, _pagination, _prefer, _streaming
from ._answers import body_problem, invalid_body, json_object, redirect_hint
from ._auth import REJECTED_HINT, TokenAuth
from ._client import SessionClient, cookie_jar
from ._config import Secret, missing_credentials, resolve_credentials
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    DeterminedError,
    decode_body,
    status_error,
)
from ._master_url import canonicalize_master, master_from_env
from ._model_errors import model_field
from ._network import tls_verify
from ._operations import Operation, PagedOperation, StreamOperation, prepare
from ._request import AsyncRequests, SyncRequests
from ._retry import RetryPolicy
from ._routes import async_routes, sync_routes
from ._token_cache import TokenCache
from ._version import __version__

log = logging.getLogger("determined_client")
_logging.install()
T = TypeVar("T")
Item = TypeVar("Item")
P = ParamSpec("P")
TimeoutTypes = float | httpx.Timeout | None
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
USER_AGENT = f"determined-client/{__version__} python-httpx/{httpx.__version__}"
_LOGIN_PATH = "/api/v1/auth/login"
_NO_AUTH = httpx.Auth()  # login and logout must not run the token flow (no recursion)
_LOGIN_HINT = " (login failed: check the username and password, DET_USER/DET_PASS)"

# Per call (thread / task) state: a timeout override, and the last response seen, which
# tells a parse failure (response received) from a caller's own bad arguments (none).
_CALL_TIMEOUT: ContextVar[httpx.Timeout | None] = ContextVar("_CALL_TIMEOUT", default=None)
_LAST_RESPONSE: ContextVar[httpx.Response | None] = ContextVar("_LAST_RESPONSE", default=None)


def _as_timeout(timeout: TimeoutTypes) -> httpx.Timeout | None:
    return (
        timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout)
    )


def _before_send(request: httpx.Request) -> None:
    override = _CALL_TIMEOUT.get()
    if override is not None:
        request.extensions["timeout"] = override.as_dict()
    _prefer.apply(request)


def _transport_error(request: httpx.Request, exc: httpx.RequestError) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    what = "timed out" if cls is APITimeoutError else "could not reach the master"
    detail = str(exc) or type(exc).__name__
    return cls(
        f"{request.method} {request.url} {what}: {detail}",
        method=request.method,
        url=str(request.url),
    )


class _HTTP(httpx.Client):
    """httpx.Client that raises typed errors (after auth and retries have had their go).

    ``check_body=False``: the caller checks a 2xx JSON body itself, as it decodes it
    (``Session.call``: decoded once, for the check and the model).
    """

    def __init__(self, on_error: Callable[[httpx.Response], APIStatusError], **kw: Any) -> None:
        super().__init__(**kw)
        self._on_error = on_error

    def send(self, request: httpx.Request, *, check_body: bool = True, **kw: Any) -> httpx.Response:
        _before_send(request)
        try:
            response = super().send(request, **kw)
        except httpx.RequestError as exc:
            raise _transport_error(request, exc) from exc
        _LAST_RESPONSE.set(response)
        if not response.is_success:
            response.read()
            raise self._on_error(response)
        if check_body and not kw.get("stream") and (problem := body_problem(response)):
            raise invalid_body(response, problem)
        return response


class _AsyncHTTP(httpx.AsyncClient):
    """httpx.AsyncClient that raises typed errors (after auth and retries); see ``_HTTP``."""

    def __init__(self, on_error: Callable[[httpx.Response], APIStatusError], **kw: Any) -> None:
        super().__init__(**kw)
        self._on_error = on_error

    async def send(
        self, request: httpx.Request, *, check_body: bool = True, **kw: Any
    ) -> httpx.Response:
        _before_send(request)
        try:
            response = await super().send(request, **kw)
        except httpx.RequestError as exc:
            raise _transport_error(request, exc) from exc
        _LAST_RESPONSE.set(response)
        if not response.is_success:
            await response.aread()
            raise self._on_error(response)
        if check_body and not kw.get("stream") and (problem := body_problem(response)):
            raise invalid_body(response, problem)
        return response


def _scrub(exc: BaseException | None) -> None:
    """A JSONDecodeError keeps the whole body (``.doc``); chained to our error, it would
    carry a token past every redaction. Blank it along the chain."""
    for _ in range(8):
        if exc is None:
            return
        if isinstance(exc, json.JSONDecodeError):
            exc.doc = "<body omitted>"
        exc = exc.__cause__ or exc.__context__


def _parse_error(exc: Exception, what: str) -> APIResponseValidationError:
    response = _LAST_RESPONSE.get()
    assert response is not None
    _scrub(exc)
    if isinstance(exc, json.JSONDecodeError):
        kind = "is not valid JSON"
    else:  # the body is a JSON object (checked in send): a value does not fit its field
        where = model_field(exc)
        kind = "does not fit the model" + (f" at {where}" if where else "")
    return APIResponseValidationError(
        f"the {response.status_code} answer to {what} {kind} ({type(exc).__name__}: {exc})",
        status_code=response.status_code,
        body=decode_body(response),
        method=response.request.method,
        url=str(response.request.url),
    )


def _ok(request: Request[T], response: httpx.Response) -> T:
    """The success model of a 200; any other 2xx is not what the operation documents.

    A JSON answer is decoded once, here: checked to be an object (the check ``send`` makes
    for everyone else), then handed to the model as it is.
    """
    from_json = request.from_json
    data = json_object(response) if from_json is not None else None
    if response.status_code != 200:
        what = f"unexpected success status {response.status_code}"
        raise _parse_error(TypeError(what), request.operation)
    return from_json(data) if from_json is not None else request.parse(response)


_CallTokens = tuple[
    Token[httpx.Timeout | None], Token[httpx.Response | None], Token[str | None] | None
]


def _enter_call(options: CallOptions) -> _CallTokens:
    """Per call: the timeout and Prefer header, and no response seen yet. Not a context
    manager: two nested ones cost ~4 µs a call, a few % of a small answer (bench/)."""
    prefer = _prefer.enter(options.get("prefer"))
    timeout = _CALL_TIMEOUT.set(_as_timeout(options.get("timeout")))
    return timeout, _LAST_RESPONSE.set(None), prefer


def _leave_call(tokens: _CallTokens) -> None:
    timeout, seen, prefer = tokens
    _LAST_RESPONSE.reset(seen)
    _CALL_TIMEOUT.reset(timeout)
    _prefer.leave(prefer)


def _call_failure(exc: Exception, operation: str) -> Exception:
    """What a call raises for ``exc``: after a response arrived, any parse failure is a
    validation error; before, it is the caller's own bad arguments (no I/O happened)."""
    if isinstance(exc, DeterminedError) or _LAST_RESPONSE.get() is None:
        return exc
    return _parse_error(exc, operation)


def _prepared(op: object, *args: Any, **kwargs: Any) -> Request[Any]:
    request = prepare(op, "request", *args, **kwargs)
    if isinstance(request, StreamRequest):
        raise TypeError(f"{request.operation} streams its answer: use stream(), not call()")
    return request  # type: ignore[no-any-return]


def _streamed(op: object, *args: Any, **kwargs: Any) -> StreamRequest[Any]:
    request = prepare(op, "request", *args, **kwargs)
    if not isinstance(request, StreamRequest):
        raise TypeError(f"{request.operation} does not stream: use call(), not stream()")
    return request


def _paged(op: object, *args: Any, **kwargs: Any) -> tuple[Pages[Any, Any], CallOptions, int]:
    """The operation's pages, the per-call options of each page, and the page size."""
    if "limit" in kwargs:
        raise TypeError("paginate() sets limit itself: use page_size= (and offset= to start)")
    pages: Pages[Any, Any] = prepare(op, "pages", *args, **kwargs)
    options = dict(pages.options)
    page_size = _pagination.check_start(options.pop("page_size", 100), pages.offset)
    return pages, cast(CallOptions, options), page_size


def _stream_error(response: httpx.Response, exc: httpx.RequestError) -> APIConnectionError:
    return _transport_error(response.request, exc)


class _SessionBase:
    """Shared configuration and wiring; see ``Session`` for the arguments."""

    def __init__(
        self,
        master: str | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        token: str | None = None,
        cert_file: str | None = None,
        cache: bool = True,
        timeout: TimeoutTypes = None,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.master = canonicalize_master(master if master is not None else master_from_env())
        creds = resolve_credentials(username, password, token)
        verify = tls_verify(
            cert_file if cert_file is not None else os.environ.get("DET_MASTER_CERT_FILE")
        )  # checked even with injected transports: a bad bundle is a configuration error
        self._cache = TokenCache() if cache else None
        user, tok = creds.username, creds.token
        if tok is None and self._cache is not None:
            found = self._cache.get(self.master, user)
            if found is not None:
                user, tok = found
                log.debug("using a cached token for %s on %s", user, self.master)
        if tok is None and not creds.can_login:
            raise missing_credentials(self.master, user, creds.source)
        self.username = user
        pw_hash = creds.password_hash
        self._password_hash = Secret(pw_hash) if pw_hash is not None and creds.can_login else None
        self._auth = TokenAuth(tok, creds.can_login, self._login_sync, self._login_async)

        policy = retry or RetryPolicy(max_retries=max_retries)
        self.timeout = _as_timeout(timeout) or DEFAULT_TIMEOUT
        self._routes = sync_routes(transport, verify, policy)  # direct, or via proxies
        self._aroutes = async_routes(transport, async_transport, verify, policy)
        self._http = _HTTP(**self._routes.client_kwargs(), **self._common({}, {}, None))
        self._ahttp = _AsyncHTTP(**self._aroutes.client_kwargs(), **self._common({}, {}, None))
        self.client = SessionClient(
            base_url=self.master,
            timeout=self.timeout,
            make_sync=self._borrowing_http,
            make_async=self._borrowing_ahttp,
        )
        self.client.set_httpx_client(self._http)
        self.client.set_async_httpx_client(self._ahttp)

    def _common(
        self, headers: dict[str, str], cookies: dict[str, str], timeout: httpx.Timeout | None
    ) -> dict[str, Any]:
        """Everything but the transports of one of the session's httpx clients."""
        return {
            "base_url": self.master,
            "auth": self._auth,
            "headers": {"User-Agent": USER_AGENT, "Accept": "application/json", **headers},
            "timeout": timeout or self.timeout,
            "on_error": self._status_error,
            # Bearer tokens only: a cookie a master sets (a web UI's `auth=<token>`) would be
            # kept, resent after logout and shown in reprs. None is stored; only cookies
            # given to `client.with_cookies` are sent.
            "cookies": cookie_jar(cookies),
        }

    def _borrowing_http(
        self, headers: dict[str, str], cookies: dict[str, str], timeout: httpx.Timeout | None
    ) -> _HTTP:
        """An httpx client for a copy of ``client`` (``with_headers`` ...): the session's
        auth, errors and routes (lent: closing the copy leaves them open)."""
        return _HTTP(
            **self._routes.lent().client_kwargs(), **self._common(headers, cookies, timeout)
        )

    def _borrowing_ahttp(
        self, headers: dict[str, str], cookies: dict[str, str], timeout: httpx.Timeout | None
    ) -> _AsyncHTTP:
        """The asyncio twin of ``_borrowing_http``."""
        routes = self._aroutes.lent()
        return _AsyncHTTP(**routes.client_kwargs(), **self._common(headers, cookies, timeout))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(master={self.master!r}, username={self.username!r})"

    def _stream_timeout(self, request: StreamRequest[Any]) -> httpx.Timeout:
        base = _as_timeout(request.options.get("timeout")) or self.timeout
        return _streaming.stream_timeout(base, _streaming.follows(request.kwargs))

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        hint = ""
        if response.status_code == 401:
            is_login = response.request.url.path.endswith(_LOGIN_PATH)
            hint = _LOGIN_HINT if is_login else ("" if self._auth.can_login else REJECTED_HINT)
        return status_error(response, hint + redirect_hint(response))

    # -- login / logout plumbing shared by both flavours ------------------------------
    def _login_body(self) -> dict[str, Any]:
        # The login models are imported at the first login, not with the package (bench/).
        from determined_api.models.login_request import LoginRequest

        assert self.username is not None and self._password_hash is not None
        log.info("logging in to %s as %s", self.master, self.username)
        body: dict[str, Any] = LoginRequest(  # by keyword: generated field order is not ours
            username=self.username, password=self._password_hash.reveal(), is_hashed=True
        ).to_dict()
        return body

    def _login_done(self, response: httpx.Response) -> str:
        from determined_api.models.login_response import LoginResponse

        try:
            token = LoginResponse.from_dict(decode_json(response.content)).token
            if not isinstance(token, str) or not token:
                raise TypeError("no token in the login answer")
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _parse_error(exc, "login") from None  # its body has the token masked
        if self._cache is not None and self.username is not None:
            self._cache.put(self.master, self.username, token)
        return token

    def _login_sync(self) -> str:
        body = self._login_body()
        return self._login_done(
            self._http.post(_LOGIN_PATH, json=body, auth=_NO_AUTH, extensions=_prefer.INTERNAL)
        )

    async def _login_async(self) -> str:
        body = self._login_body()
        login = self._ahttp.post(_LOGIN_PATH, json=body, auth=_NO_AUTH, extensions=_prefer.INTERNAL)
        return self._login_done(await login)

    @staticmethod
    def _logout_request(token: str) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token}"}
        return {
            "url": "/api/v1/auth/logout",
            "headers": headers,
            "auth": _NO_AUTH,
            "extensions": _prefer.INTERNAL,
        }

    def _logged_out(self, token: str | None, error: DeterminedError | None) -> None:
        """After the logout POST: forget the token here and in the cache, unless the
        master was not reached or failed (then the session is still logged in: raise)."""
        if error is not None and not isinstance(error, AuthenticationError):
            if token is not None:
                self._auth.give_back(token)
            raise error
        if self._cache is not None and self.username is not None:
            self._cache.remove(self.master, self.username)


class Session(_SessionBase, SyncRequests):
    """A synchronous session with a Determined master.

    Arguments (all optional; see README "Configuration" for the environment fallbacks):
    ``master``, ``username``, ``password``, ``token``, ``cert_file`` (CA bundle path or
    ``"noverify"``), ``cache`` (token cache on disk), ``timeout`` (seconds or
    ``httpx.Timeout``; default connect 5 s, read 60 s), ``max_retries``, ``retry`` (a full
    ``RetryPolicy``), ``transport``/``async_transport`` (for tests and mocks).
    """

    def login(self) -> None:
        """Log in now (lazy otherwise); a no-op for a session that only has a token."""
        if self._auth.can_login:
            self._auth.token_for(None, force=True)

    def logout(self) -> None:
        """End the session on the master, then forget the token. Idempotent; an already
        expired token (401) is fine. If the master cannot be reached, or fails, the error
        is raised and the session keeps its token, so logout can be tried again."""
        token, error = self._auth.take(), None
        if token is not None:
            try:
                self._http.post(**self._logout_request(token))
            except DeterminedError as exc:
                error = exc
        self._logged_out(token, error)

    def call(self, op: Operation[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run one operation and return its success model, or raise a typed error.

        ``op`` is a generated module (``determined_api.api.experiments.get_experiment``);
        the arguments are its parameters (type-checked against its ``request()``), plus
        the per-call options ``timeout=`` (seconds or ``httpx.Timeout``) and ``prefer=``
        (a Prism mock's answer: ``Prefer(code=404)``; a master ignores it).
        """
        request: Request[T] = _prepared(op, *args, **kwargs)
        return self._run(request)

    def _run(self, request: Request[T]) -> T:
        tokens = _enter_call(request.options)
        try:
            built = self._http.build_request(**request.kwargs)
            return _ok(request, self._http.send(built, check_body=request.from_json is None))
        except Exception as exc:
            failure = _call_failure(exc, request.operation)
            if failure is exc:
                raise
            raise failure from exc
        finally:
            _leave_call(tokens)

    def paginate(
        self, op: PagedOperation[P, Item], /, *args: P.args, **kwargs: P.kwargs
    ) -> Iterator[Item]:
        """Yield every item of a list operation, fetching page after page.

        Arguments are the operation's filters (not ``limit``), ``offset=`` to start at (0 or
        more), ``page_size=`` (items per request, default 100) and the per-call options,
        which apply to every page. Raises like ``call``; a master whose pages do not
        advance raises ``APIResponseValidationError`` instead of looping.
        """
        pages, options, page_size = _paged(op, *args, **kwargs)

        def fetch(limit: int, offset: int) -> Any:
            page = pages.page(limit, offset)
            return self._run(Request(pages.operation, page, pages.parse, options, pages.from_json))

        return _pagination.paginate(fetch, pages.items, page_size, pages.offset)

    def stream(
        self, op: StreamOperation[P, Item], /, *args: P.args, **kwargs: P.kwargs
    ) -> Iterator[Item]:
        """Yield the items of a streaming operation (trial logs, metrics, ...) as they come.

        Each line's ``result`` is parsed into its model; a line carrying an ``error``, or an
        error status before the first line, raises the typed ``APIStatusError``. With
        ``follow=True`` there is no read timeout (the connect timeout stays). Login,
        re-login and retries apply to opening the stream; leaving the loop closes it.
        """
        request = _streamed(op, *args, **kwargs)
        return self._lines(request)

    def _lines(self, request: StreamRequest[Item]) -> Iterator[Item]:
        response = self._open(request)
        try:
            if response.status_code != 200:
                response.read()
                _LAST_RESPONSE.set(response)
                raise _parse_error(
                    TypeError(f"unexpected success status {response.status_code}"),
                    request.operation,
                )
            try:
                for line in response.iter_lines():
                    item = _streaming.parse_line(
                        line, request.parse_result, response, request.operation
                    )
                    if item is not None:
                        yield item
            except httpx.RequestError as exc:
                raise _stream_error(response, exc) from exc
        finally:
            response.close()

    def _open(self, request: StreamRequest[Any]) -> httpx.Response:
        built = self._http.build_request(**request.kwargs, timeout=self._stream_timeout(request))
        built.extensions[_streaming.STREAM_EXTENSION] = True
        with _prefer.scope(request.options.get("prefer")):
            return self._http.send(built, stream=True)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncSession(_SessionBase, AsyncRequests):
    """The asyncio twin of ``Session``: same arguments, awaitable methods."""

    async def login(self) -> None:
        """Log in now (lazy otherwise); a no-op for a session that only has a token."""
        if self._auth.can_login:
            await self._auth.atoken_for(None, force=True)

    async def logout(self) -> None:
        """End the session on the master, then forget the token (see ``Session.logout``)."""
        token, error = await self._auth.atake(), None
        if token is not None:
            try:
                await self._ahttp.post(**self._logout_request(token))
            except DeterminedError as exc:
                error = exc
        self._logged_out(token, error)

    async def call(self, op: Operation[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run one operation and return its success model (see ``Session.call``)."""
        request: Request[T] = _prepared(op, *args, **kwargs)
        return await self._run(request)

    async def _run(self, request: Request[T]) -> T:
        tokens = _enter_call(request.options)
        try:
            built = self._ahttp.build_request(**request.kwargs)
            sent = await self._ahttp.send(built, check_body=request.from_json is None)
            return _ok(request, sent)
        except Exception as exc:
            failure = _call_failure(exc, request.operation)
            if failure is exc:
                raise
            raise failure from exc
        finally:
            _leave_call(tokens)

    def paginate(
        self, op: PagedOperation[P, Item], /, *args: P.args, **kwargs: P.kwargs
    ) -> AsyncIterator[Item]:
        """Yield every item of a list operation, page by page (see ``Session.paginate``)."""
        pages, options, page_size = _paged(op, *args, **kwargs)

        async def fetch(limit: int, offset: int) -> Any:
            page = pages.page(limit, offset)
            request = Request(pages.operation, page, pages.parse, options, pages.from_json)
            return await self._run(request)

        return _pagination.apaginate(fetch, pages.items, page_size, pages.offset)

    def stream(
        self, op: StreamOperation[P, Item], /, *args: P.args, **kwargs: P.kwargs
    ) -> AsyncIterator[Item]:
        """Yield the items of a streaming operation as they come (see ``Session.stream``)."""
        request = _streamed(op, *args, **kwargs)
        return self._lines(request)

    async def _lines(self, request: StreamRequest[Item]) -> AsyncIterator[Item]:
        response = await self._open(request)
        try:
            if response.status_code != 200:
                await response.aread()
                _LAST_RESPONSE.set(response)
                raise _parse_error(
                    TypeError(f"unexpected success status {response.status_code}"),
                    request.operation,
                )
            try:
                async for line in response.aiter_lines():
                    item = _streaming.parse_line(
                        line, request.parse_result, response, request.operation
                    )
                    if item is not None:
                        yield item
            except httpx.RequestError as exc:
                raise _stream_error(response, exc) from exc
        finally:
            await response.aclose()

    async def _open(self, request: StreamRequest[Any]) -> httpx.Response:
        built = self._ahttp.build_request(**request.kwargs, timeout=self._stream_timeout(request))
        built.extensions[_streaming.STREAM_EXTENSION] = True
        with _prefer.scope(request.options.get("prefer")):
            return await self._ahttp.send(built, stream=True)

    async def close(self) -> None:
        await self._ahttp.aclose()
        self._http.close()

    aclose = close

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
