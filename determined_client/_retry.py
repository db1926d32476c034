"""Retries as an httpx transport wrapper, so every generated call gets them for free.

Idempotent methods are retried on connection errors and on 429/502/503/504; POST and
PATCH only when the connection was never made (the server cannot have acted on them).
Read and write timeouts are not retried, so a hang ends within the configured timeout.
Backoff is exponential with full jitter, and ``Retry-After`` is honoured up to a cap.
The body is read inside the loop, so a connection reset halfway through an answer is
retried like any other connection error (except for streams, which the caller reads).
"""

from __future__ import annotations

import email.utils
import itertools
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

log = logging.getLogger("determined_client")
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_HUNG = (httpx.ReadTimeout, httpx.WriteTimeout)
#: A streamed request (Session.stream): its body is the caller's to read, line by line, and
#: may never end; a stream broken halfway is not replayed.
STREAM_EXTENSION = "determined_client.stream"


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait; tests shrink ``backoff_base`` and the caps."""

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    retry_after_cap: float = 60.0

    def wait(
        self,
        request: httpx.Request,
        attempt: int,
        error: Exception | None,
        response: httpx.Response | None,
    ) -> float | None:
        """Seconds to wait before retry number ``attempt`` (0-based); None: do not retry."""
        method = request.method
        if error is not None:  # never sent: safe for any method; else idempotent only
            retry = isinstance(error, _NEVER_SENT) or method in IDEMPOTENT
            # A hang is not retried: the caller's timeout bounds the whole call, and a
            # master that stopped answering gains nothing from more waiting callers.
            retry = retry and not isinstance(error, _HUNG) and not _is_certificate_error(error)
        else:
            status = response.status_code if response is not None else 0
            retry = method in IDEMPOTENT and status in RETRY_STATUSES
        if not retry or attempt >= self.max_retries:
            return None
        after = parse_retry_after(response.headers.get("Retry-After") if response else None)
        if after is not None:
            delay = min(after, self.retry_after_cap)
        else:  # exponential backoff with full jitter
            delay = random.uniform(0, min(self.backoff_cap, self.backoff_base * 2**attempt))  # noqa: S311
        why = type(error).__name__ if error else str(response.status_code if response else "")
        log.info(
            "retrying %s %s after %s (retry %d in %.2fs)",
            method,
            request.url,
            why,
            attempt + 1,
            delay,
        )
        return delay


def _is_certificate_error(error: BaseException) -> bool:
    """A TLS certificate the client rejects will be rejected again: no point retrying."""
    seen: BaseException | None = error
    for _ in range(8):  # the chain is short; the bound guards against a cycle
        if seen is None:
            break
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds, from delta-seconds or an HTTP date; None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # str.isdigit() also accepts "²"
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport with the retry policy."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.inner, self.policy, self._sleep = inner, policy, sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        for attempt in itertools.count():
            response: httpx.Response | None = None
            try:
                response = self.inner.handle_request(request)
                if not request.extensions.get(STREAM_EXTENSION):
                    response.read()  # a reset mid-body is a connection error too: retry it here
                error = None
            except httpx.TransportError as exc:
                if response is not None:
                    response.close()
                response, error = None, exc
            wait = self.policy.wait(request, attempt, error, response)
            if wait is None:
                if response is None:
                    raise error  # type: ignore[misc]
                return response
            if response is not None:
                response.close()
            self._sleep(wait)
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport with the retry policy."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self.inner, self.policy, self._sleep = inner, policy, sleep

    async def _pause(self, seconds: float) -> None:
        if self._sleep is not None:
            await self._sleep(seconds)
            return
        import asyncio  # here, not at import: sync-only programs never import it (bench/)

        await asyncio.sleep(seconds)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for attempt in itertools.count():
            response: httpx.Response | None = None
            try:
                response = await self.inner.handle_async_request(request)
                if not request.extensions.get(STREAM_EXTENSION):
                    await response.aread()  # a reset mid-body is a connection error too
                error = None
            except httpx.TransportError as exc:
                if response is not None:
                    await response.aclose()
                response, error = None, exc
            wait = self.policy.wait(request, attempt, error, response)
            if wait is None:
                if response is None:
                    raise error  # type: ignore[misc]
                return response
            if response is not None:
                await response.aclose()
            await self._pause(wait)
        raise AssertionError("unreachable")

    async def aclose(self) -> None:
        await self.inner.aclose()
