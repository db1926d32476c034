"""The session's generated ``Client``: its ``with_*`` copies keep the session's wiring.

The generated ``Client.with_headers`` (and ``with_cookies``, ``with_timeout``) updates the
httpx clients it already has, which for a session are the session's own, so one caller's
headers would reach every later call (one test of a session-scoped fixture breaks every
test after it); and the copy it returns builds a plain httpx client, without the token,
retries or typed errors. ``SessionClient`` overrides them: the session is never changed,
and each copy gets httpx clients of its own, built by the session with its auth, retrying
routes (proxies, TLS settings) and typed errors, sharing its connection pools (closing a
copy never closes the session's connections: see ``_routes``).
"""

from __future__ import annotations

import http.cookiejar
from collections.abc import Callable

import httpx
from attrs import define, evolve, field

from determined_api.client import Client

Factory = Callable[[dict[str, str], dict[str, str], httpx.Timeout | None], httpx.Client]
AsyncFactory = Callable[[dict[str, str], dict[str, str], httpx.Timeout | None], httpx.AsyncClient]


@define
class SessionClient(Client):
    """A generated ``Client`` bound to a session (``Session.client``); see the module doc."""

    # Build httpx clients with the session's wiring plus (headers, cookies, timeout).
    _make_sync: Factory = field(kw_only=True, alias="make_sync", repr=False)
    _make_async: AsyncFactory = field(kw_only=True, alias="make_async", repr=False)

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = self._make_sync(self._headers, self._cookies, self._timeout)
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = self._make_async(self._headers, self._cookies, self._timeout)
        return self._async_client

    def with_headers(self, headers: dict[str, str]) -> SessionClient:
        """A copy that also sends ``headers`` (the session's token still wins over an
        ``Authorization`` given here); this client and the session are unchanged."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> SessionClient:
        """A copy that also sends ``cookies``; cookies a master sets are still never kept."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> SessionClient:
        """A copy with another default timeout; this client and the session are unchanged."""
        return evolve(self, timeout=timeout)


class _SendOnly(http.cookiejar.DefaultCookiePolicy):
    """Never store a cookie from an answer (a master's web UI sets ``auth=<token>``, which
    would be resent after logout and shown in reprs); send only cookies set explicitly."""

    def set_ok(self, cookie: http.cookiejar.Cookie, request: object) -> bool:
        return False


def cookie_jar(cookies: dict[str, str] | None = None) -> http.cookiejar.CookieJar:
    """A jar that keeps no cookie from answers and holds only ``cookies``."""
    jar = http.cookiejar.CookieJar(_SendOnly())
    explicit = httpx.Cookies(jar)
    for name, value in (cookies or {}).items():
        explicit.set(name, value)
    return jar
