"""``s.client.with_headers`` / ``with_cookies`` / ``with_timeout`` never change the session,
and the copies keep the session's auth (re-login included), retries and typed errors."""

from __future__ import annotations

import itertools

import httpx
import pytest

from determined_api.api.experiments import get_experiment
from determined_api.api.users import get_me
from determined_api.client import Client
from determined_client import AsyncSession, NotFoundError, Session

from .conftest import FakeMaster, error, experiment, session_kwargs

EXTRA = {"X-Trace-Id": "abc", "Authorization": "Bearer not-the-sessions"}


def no_such_experiment(master: FakeMaster) -> None:
    master.routes[("GET", "/api/v1/experiments/999")] = lambda r: error(404, "NotFound", "999")


def headers_of(master: FakeMaster, path: str) -> list[httpx.Headers]:
    return [r.headers for r in master.requests if r.url.path == path]


def test_with_headers_leaves_the_session_alone(master: FakeMaster) -> None:
    """The issue's case: the extra header used to reach every later call of the session."""
    s = Session(**session_kwargs(master, username="alice", password="secret"))
    copy = s.client.with_headers(EXTRA)
    assert copy is not s.client and isinstance(copy, Client)
    assert get_me.sync(client=copy) is not None
    s.call(get_me)
    via_copy, via_session = headers_of(master, "/api/v1/me")
    assert via_copy["X-Trace-Id"] == "abc"
    assert via_copy["Authorization"] == via_session["Authorization"] != EXTRA["Authorization"]
    assert "X-Trace-Id" not in via_session
    assert "X-Trace-Id" not in s.client.get_httpx_client().headers


def test_copies_keep_auth_relogin_retries_and_typed_errors(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, username="alice", password="secret"))
    copy = s.client.with_headers({"X-Trace-Id": "1"}).with_timeout(httpx.Timeout(3.0))
    assert get_me.sync(client=copy) is not None
    master.tokens.clear()  # the token expires: the copy logs in again, as the session would
    assert get_me.sync(client=copy) is not None
    assert master.logins == 2
    no_such_experiment(master)
    with pytest.raises(NotFoundError):
        get_experiment.sync(client=copy, experiment_id=999)
    answers = itertools.chain([httpx.Response(503)], itertools.repeat(None))
    master.routes[("GET", "/api/v1/experiments/1")] = lambda r: (
        next(answers) or httpx.Response(200, json={"experiment": experiment(1)})
    )
    get_experiment.sync_detailed(client=copy, experiment_id=1)  # 503 retried
    assert master.count("/api/v1/experiments/1") == 2
    assert s.call(get_me).user.username == "determined"  # the session shares the new token


def test_with_timeout_and_with_cookies_leave_the_session_alone(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, token=master.issue(), timeout=7.0))
    slow = s.client.with_timeout(httpx.Timeout(1.5))
    assert slow.get_httpx_client().timeout == httpx.Timeout(1.5)
    assert s.client.get_httpx_client().timeout == httpx.Timeout(7.0)
    sticky = s.client.with_cookies({"route": "blue"})
    get_me.sync(client=sticky)
    s.call(get_me)
    via_copy, via_session = headers_of(master, "/api/v1/me")
    assert via_copy["Cookie"] == "route=blue"
    assert "Cookie" not in via_session
    assert len(s.client.get_httpx_client().cookies) == 0


def test_copies_of_copies_accumulate_and_closing_a_copy_keeps_the_session(
    master: FakeMaster,
) -> None:
    s = Session(**session_kwargs(master, token=master.issue()))
    copy = s.client.with_headers({"X-A": "1"}).with_headers({"X-B": "2"})
    with copy:
        get_me.sync(client=copy)
    last = headers_of(master, "/api/v1/me")[-1]
    assert last["X-A"] == "1" and last["X-B"] == "2"
    assert s.call(get_me) is not None  # the shared connections were not closed
    assert get_me.sync(client=s.client.with_headers({"X-C": "3"})) is not None


async def test_async_copies(master: FakeMaster) -> None:
    async with AsyncSession(**session_kwargs(master, username="alice", password="secret")) as s:
        copy = s.client.with_headers(EXTRA)
        assert await get_me.asyncio(client=copy) is not None
        await s.call(get_me)
        no_such_experiment(master)
        with pytest.raises(NotFoundError):
            await get_experiment.asyncio(client=copy, experiment_id=999)
    via_copy, via_session = headers_of(master, "/api/v1/me")
    assert via_copy["X-Trace-Id"] == "abc" and "X-Trace-Id" not in via_session
    assert via_copy["Authorization"] == via_session["Authorization"]


def test_repr_of_the_client_has_no_secrets(master: FakeMaster) -> None:
    token = master.issue()
    s = Session(**session_kwargs(master, token=token))
    assert token not in repr(s.client) and token not in repr(s.client.with_headers({"X": "1"}))
