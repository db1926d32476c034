"""Bearer-token auth as an ``httpx.Auth`` flow, so every generated call carries the token.

The session supplies the login callbacks. On a 401 the flow logs in again (if it holds
credentials) and retries once. Logins are single-flight: callers compare the token that
failed with the current one under a lock, so 32 threads or tasks cause one login.
Login requests do not pass through this flow, so they can never recurse.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterator
from typing import TYPE_CHECKING

import httpx

from ._exceptions import AuthenticationError

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger("determined_client")

REJECTED_HINT = (
    " (the token was rejected: it is expired, revoked or invalid. Give the session "
    "credentials so it can log in again, via username=/password= or DET_USER/DET_PASS, "
    "or supply a fresh token via token= or DET_USER_TOKEN)"
)


class TokenAuth(httpx.Auth):
    """Holds the current token; logs in lazily and again after a 401."""

    def __init__(
        self,
        token: str | None,
        can_login: bool,
        login: Callable[[], str],
        alogin: Callable[[], Awaitable[str]],
    ) -> None:
        self._token = token
        self.can_login = can_login
        self._login = login
        self._alogin = alogin
        self._lock = threading.Lock()
        self._alock: asyncio.Lock | None = None
        self._alock_loop: asyncio.AbstractEventLoop | None = None
        # Each finished login attempt bumps the generation; a failed one leaves its error,
        # which every caller that was already waiting gets instead of trying again itself.
        self._generation = 0
        self._login_error: BaseException | None = None

    def __repr__(self) -> str:
        return f"TokenAuth(has_token={self._token is not None}, can_login={self.can_login})"

    @property
    def token(self) -> str | None:
        return self._token

    def take(self) -> str | None:
        """Remove and return the token (logout), after any login in flight has finished,
        so that login cannot put a token back once logout has taken it."""
        with self._lock:
            token, self._token = self._token, None
            return token

    async def atake(self) -> str | None:
        async with self._async_lock():
            token, self._token = self._token, None
            return token

    def give_back(self, token: str) -> None:
        """Logout did not reach the master: the session is still logged in with ``token``."""
        if self._token is None:
            self._token = token

    def _async_lock(self) -> asyncio.Lock:
        import asyncio  # on first async use: sync-only programs never import it (bench/)

        loop = asyncio.get_running_loop()
        if self._alock is None or self._alock_loop is not loop:
            self._alock, self._alock_loop = asyncio.Lock(), loop
        return self._alock

    def _reuse(self, failed: str | None, request: httpx.Request | None) -> str | None:
        """The current token if it is not the one that failed; None means: log in."""
        current = self._token
        if current is not None and current != failed:
            return current
        if self.can_login:
            return None
        if current is None:
            raise AuthenticationError(
                "the session has no token (logged out?)",
                status_code=401,
                method=request.method if request else "",
                url=str(request.url) if request else "",
                hint=REJECTED_HINT,
            )
        return current

    def _shared_failure(self, seen: int) -> None:
        """Raise the error of a login that finished, and failed, while this caller waited
        (a copy each, so waiters do not share one traceback)."""
        error = self._login_error
        if self._generation != seen and error is not None:
            try:
                mine = copy.copy(error)
            except Exception:  # an exception type that cannot be copied: share it
                mine = error
            raise mine.with_traceback(None)

    def _current(
        self, seen: int, request: httpx.Request | None, failed: str | None, force: bool
    ) -> str | None:
        """Under the lock: the token to use, None to log in, or a shared login failure."""
        if force:
            return None
        self._shared_failure(seen)
        return self._reuse(failed, request)

    @contextlib.contextmanager
    def _login_attempt(self) -> Iterator[None]:
        """Record a failed login for the callers waiting on it (the session logs the login)."""
        try:
            yield
        except Exception as exc:
            self._finish_login(None, exc)
            raise
        except BaseException:  # cancelled or interrupted: waiters try for themselves
            self._finish_login(None, None)
            raise

    def _finish_login(self, token: str | None, error: BaseException | None) -> None:
        self._generation += 1
        self._login_error = error
        if token is not None:
            self._token = token

    def token_for(
        self, request: httpx.Request | None, failed: str | None = None, *, force: bool = False
    ) -> str:
        """Single-flight token fetch for threads: one login, its result shared.
        ``force`` logs in even with a valid token (an explicit ``Session.login()``)."""
        seen = self._generation
        with self._lock:
            token = self._current(seen, request, failed, force)
            if token is None:
                with self._login_attempt():
                    token = self._login()
                self._finish_login(token, None)
            return token

    async def atoken_for(
        self, request: httpx.Request | None, failed: str | None = None, *, force: bool = False
    ) -> str:
        """Single-flight token fetch for asyncio tasks (one lock per event loop: use an
        AsyncSession from one loop)."""
        seen = self._generation
        async with self._async_lock():
            token = self._current(seen, request, failed, force)
            if token is None:
                with self._login_attempt():
                    token = await self._alogin()
                self._finish_login(token, None)
            return token

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        token = self.token_for(request)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401 and self.can_login:
            log.info("got 401 from %s %s; refreshing the token", request.method, request.url)
            request.headers["Authorization"] = f"Bearer {self.token_for(request, token)}"
            yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self.atoken_for(request)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401 and self.can_login:
            log.info("got 401 from %s %s; refreshing the token", request.method, request.url)
            request.headers["Authorization"] = f"Bearer {await self.atoken_for(request, token)}"
            yield request
