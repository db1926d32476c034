"""The transports a session's httpx clients route through: direct, or a proxy per URL pattern.

Every route is wrapped in the retry transport, so a request through a proxy is retried like
a direct one. A session owns its routes (closing it closes them); copies of its client
(``with_headers`` ...) get them *lent*: same connection pools, but closing a copy leaves
them open.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from typing import Any

import httpx

from ._network import async_proxy_mounts, sync_proxy_mounts
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport

# Keep as many idle connections as may be open: with httpx's default of 20 kept-alive out
# of 100, dozens of threads churn connections (and hit encode/httpcore#1110).
POOL_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


@dataclass(frozen=True)
class Routes:
    """``transport`` and ``mounts`` for an ``httpx.Client`` (None in mounts: go direct)."""

    transport: httpx.BaseTransport
    mounts: dict[str, httpx.BaseTransport | None]

    def client_kwargs(self) -> dict[str, Any]:
        return {"transport": self.transport, "mounts": self.mounts}

    def lent(self) -> Routes:
        return Routes(
            _Lent(self.transport),
            {k: None if t is None else _Lent(t) for k, t in self.mounts.items()},
        )


@dataclass(frozen=True)
class AsyncRoutes:
    """The asyncio twin of ``Routes``."""

    transport: httpx.AsyncBaseTransport
    mounts: dict[str, httpx.AsyncBaseTransport | None]

    def client_kwargs(self) -> dict[str, Any]:
        return {"transport": self.transport, "mounts": self.mounts}

    def lent(self) -> AsyncRoutes:
        return AsyncRoutes(
            _AsyncLent(self.transport),
            {k: None if t is None else _AsyncLent(t) for k, t in self.mounts.items()},
        )


def sync_routes(
    transport: httpx.BaseTransport | None, verify: bool | ssl.SSLContext, policy: RetryPolicy
) -> Routes:
    """A given transport is used as it is, without proxies from the environment (as in
    plain httpx); otherwise a pooled transport plus one per proxy route."""
    if transport is not None:
        return Routes(RetryTransport(transport, policy), {})
    mounts = sync_proxy_mounts(verify, POOL_LIMITS)
    return Routes(
        RetryTransport(httpx.HTTPTransport(verify=verify, limits=POOL_LIMITS), policy),
        {k: None if t is None else RetryTransport(t, policy) for k, t in mounts.items()},
    )


def async_routes(
    transport: httpx.BaseTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
    verify: bool | ssl.SSLContext,
    policy: RetryPolicy,
) -> AsyncRoutes:
    """As ``sync_routes``; a ``transport`` that is also an async one serves both."""
    if async_transport is None and isinstance(transport, httpx.AsyncBaseTransport):
        async_transport = transport
    if async_transport is not None:
        return AsyncRoutes(AsyncRetryTransport(async_transport, policy), {})
    mounts = async_proxy_mounts(verify, POOL_LIMITS)
    return AsyncRoutes(
        AsyncRetryTransport(httpx.AsyncHTTPTransport(verify=verify, limits=POOL_LIMITS), policy),
        {k: None if t is None else AsyncRetryTransport(t, policy) for k, t in mounts.items()},
    )


class _Lent(httpx.BaseTransport):
    """A session's transport, lent to a copy of its client: ``close`` leaves it open."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(request)


class _AsyncLent(httpx.AsyncBaseTransport):
    """The asyncio twin of ``_Lent``."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(request)
