"""Login, re-login on 401 (single flight under threads and tasks), fixed tokens, logout."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from determined_api.api.authentication import logout
from determined_api.api.users import get_me
from determined_api.models import LogoutResponse
from determined_client import (
    AsyncSession,
    AuthenticationError,
    InternalServerError,
    Session,
    hash_password,
)

from .conftest import FakeMaster, error, session_kwargs


def test_login_sends_the_salted_hash_never_the_password(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, username="alice", password="secret", cache=False))
    s.login()
    login = next(r for r in master.requests if r.url.path == "/api/v1/auth/login")
    body = json.loads(login.content)
    assert body == {"username": "alice", "password": hash_password("secret"), "isHashed": True}
    assert b"secret" not in login.content.replace(hash_password("secret").encode(), b"")
    assert "Authorization" not in login.headers
    assert all(v != "secret" for v in vars(s).values())


def test_lazy_login_then_token_is_used(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, username="determined", password="", cache=False))
    assert master.requests == []
    me = s.call(get_me)
    assert me.user.username == "determined"
    assert master.logins == 1
    s.call(get_me)
    assert master.logins == 1
    assert master.requests[-1].headers["Authorization"] == "Bearer tok-1"


def test_expired_token_with_credentials_relogs_and_retries_once(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, username="alice", password="secret", token="stale"))
    assert s.call(get_me).user.username == "determined"
    paths = [r.url.path for r in master.requests]
    assert paths == ["/api/v1/me", "/api/v1/auth/login", "/api/v1/me"]


def test_plain_generated_call_gets_auth_and_relogin(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, username="alice", password="secret", token="stale"))
    resp = get_me.sync_detailed(client=s.client)
    assert resp.status_code == 200 and master.logins == 1


def test_persistent_401_after_relogin_raises_without_loop(master: FakeMaster) -> None:
    master.routes[("GET", "/api/v1/me")] = lambda r: error(401, "Unauthenticated", "nope")
    s = Session(**session_kwargs(master, username="alice", password="secret", cache=False))
    with pytest.raises(AuthenticationError):
        s.call(get_me)
    assert master.logins == 2  # the lazy login, then exactly one re-login
    assert master.count("/api/v1/me") == 2


def test_fixed_token_401_says_how_to_fix(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, token="dead"))
    with pytest.raises(AuthenticationError) as info:
        s.call(get_me)
    msg = str(info.value)
    assert "DET_USER" in msg and "DET_USER_TOKEN" in msg and "dead" not in msg
    assert info.value.status_code == 401 and info.value.message == "invalid credentials"
    assert master.logins == 0 and master.count("/api/v1/me") == 1


def test_wrong_password_raises_at_once(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, username="alice", password="wrong", cache=False))
    with pytest.raises(AuthenticationError, match="check the username and password") as info:
        s.call(get_me)
    assert "wrong" not in str(info.value)
    assert master.count("/api/v1/auth/login") == 1
    assert master.count("/api/v1/me") == 0


async def test_wrong_password_async(master: FakeMaster) -> None:
    s = AsyncSession(**session_kwargs(master, username="alice", password="wrong", cache=False))
    with pytest.raises(AuthenticationError):
        await s.call(get_me)
    assert master.count("/api/v1/auth/login") == 1


def test_single_flight_relogin_32_threads(master: FakeMaster) -> None:
    master.sync_delay = 0.01  # the 32 requests overlap, so many see the old token fail
    s = Session(**session_kwargs(master, username="alice", password="secret", token="old"))
    barrier = threading.Barrier(32)

    def work(_: int) -> str:
        barrier.wait()
        return str(s.call(get_me).user.username)

    with ThreadPoolExecutor(32) as pool:
        results = list(pool.map(work, range(32)))
    assert results == ["determined"] * 32
    assert master.logins == 1
    assert master.count("/api/v1/me") > 33  # several threads really did hit the 401


def test_single_flight_initial_login_32_threads(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, username="alice", password="secret", cache=False))
    with ThreadPoolExecutor(32) as pool:
        list(pool.map(lambda _: s.call(get_me), range(32)))
    assert master.logins == 1


async def test_single_flight_relogin_32_tasks(master: FakeMaster) -> None:
    master.login_delay = 0.02
    master.request_delay = 0.005  # all 32 send the old token before anyone logs in
    s = AsyncSession(**session_kwargs(master, username="alice", password="secret", token="old"))
    results = await asyncio.gather(*(s.call(get_me) for _ in range(32)))
    assert len(results) == 32 and master.logins == 1
    assert master.count("/api/v1/me") == 64  # each: one 401, one retry
    await s.close()


async def test_async_fixed_token_401(master: FakeMaster) -> None:
    async with AsyncSession(**session_kwargs(master, token="dead")) as s:
        with pytest.raises(AuthenticationError, match="DET_USER_TOKEN"):
            await s.call(get_me)


def test_logout_posts_and_forgets(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, username="alice", password="secret"))
    s.login()
    token = next(iter(master.tokens))
    s.logout()
    assert token not in master.tokens
    logout_req = master.requests[-1]
    assert logout_req.url.path == "/api/v1/auth/logout"
    assert logout_req.headers["Authorization"] == f"Bearer {token}"
    s.logout()  # idempotent: nothing to send
    assert master.count("/api/v1/auth/logout") == 1
    s.call(get_me)  # credentials: logs in again lazily
    assert master.logins == 2


def test_logout_with_expired_token_does_not_raise(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, token="expired", username="alice", password="secret"))
    s.logout()
    assert master.count("/api/v1/auth/logout") == 1
    assert master.logins == 0  # logging out never logs in


def test_fixed_token_session_after_logout_raises(master: FakeMaster) -> None:
    token = master.issue()
    s = Session(**session_kwargs(master, token=token))
    s.logout()
    with pytest.raises(AuthenticationError, match="logged out"):
        s.call(get_me)


async def test_async_login_logout(master: FakeMaster) -> None:
    async with AsyncSession(**session_kwargs(master, username="alice", password="secret")) as s:
        await s.login()
        assert master.logins == 1
        await s.logout()
        await s.logout()
        assert master.count("/api/v1/auth/logout") == 1
        assert master.tokens == set()


def test_call_logout_op_returns_the_empty_answer(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, username="alice", password="secret", cache=False))
    assert s.call(logout) == LogoutResponse()


def test_login_answer_without_token_is_a_validation_error(master: FakeMaster) -> None:
    from determined_client import APIResponseValidationError

    master.routes[("POST", "/api/v1/auth/login")] = lambda r: httpx.Response(200, json={"x": 1})
    s = Session(**session_kwargs(master, username="alice", password="secret", cache=False))
    with pytest.raises(APIResponseValidationError):
        s.call(get_me)


def test_failed_logout_keeps_the_token_and_can_be_retried(master: FakeMaster) -> None:
    """Logout is 'POST, then forget': if the master never heard it, the session is still
    logged in, says so, and a second logout tries again."""
    s = Session(**session_kwargs(master, username="alice", password="secret"))
    s.login()
    token = next(iter(master.tokens))
    master.routes[("POST", "/api/v1/auth/logout")] = lambda r: error(503, "Unavailable", "down")
    with pytest.raises(InternalServerError):
        s.logout()
    assert token in master.tokens  # the server session is alive ...
    s.call(get_me)  # ... and so is ours: no new login
    assert master.logins == 1
    del master.routes[("POST", "/api/v1/auth/logout")]
    s.logout()
    assert token not in master.tokens
    assert master.count("/api/v1/auth/logout") == 2  # the failed try and this one
    s.logout()
    assert master.count("/api/v1/auth/logout") == 2  # nothing left to end


def test_logout_during_a_login_in_flight_wins(master: FakeMaster) -> None:
    """A lazy login still running when logout() is called must not put a token back."""
    s = Session(**session_kwargs(master, username="alice", password="secret"))

    def slow_login(request: httpx.Request) -> httpx.Response:
        time.sleep(0.3)
        del master.routes[("POST", "/api/v1/auth/login")]
        return master.dispatch(request)

    master.routes[("POST", "/api/v1/auth/login")] = slow_login
    caller = threading.Thread(target=s.call, args=(get_me,))
    caller.start()
    time.sleep(0.1)  # the login is in flight now
    s.logout()
    caller.join()
    assert master.logins == 1
    assert master.tokens == set()  # logout waited for the login, then ended that session
    assert s._auth.token is None
