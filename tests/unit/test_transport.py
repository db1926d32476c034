"""Timeouts, User-Agent, and no secrets in repr(), logs or error messages."""

from __future__ import annotations

import importlib.metadata
import logging

import httpx
import pytest

from determined_api.api.users import get_me
from determined_client import (
    DEFAULT_TIMEOUT,
    USER_AGENT,
    AsyncSession,
    AuthenticationError,
    Session,
    __version__,
    hash_password,
)

from .conftest import FakeMaster, session_kwargs


def test_user_agent(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, username="alice", password="secret", cache=False))
    s.call(get_me)
    installed = importlib.metadata.version("determined-client")
    assert f"determined-client/{installed} python-httpx/{httpx.__version__}" == USER_AGENT
    assert __version__ == installed
    assert all(r.headers["User-Agent"] == USER_AGENT for r in master.requests)


def test_default_session_and_per_call_timeouts(master: FakeMaster) -> None:
    assert DEFAULT_TIMEOUT.connect == 5.0 and DEFAULT_TIMEOUT.read == 60.0
    s = Session(**session_kwargs(master, token=master.issue()))
    s.call(get_me)
    assert master.requests[-1].extensions["timeout"]["connect"] == 5.0
    assert master.requests[-1].extensions["timeout"]["read"] == 60.0
    s.call(get_me, timeout=1.5)
    assert master.requests[-1].extensions["timeout"]["read"] == 1.5
    s.call(get_me)
    assert master.requests[-1].extensions["timeout"]["read"] == 60.0
    s2 = Session(**session_kwargs(master, token=master.issue(), timeout=httpx.Timeout(7.0)))
    get_me.sync(client=s2.client)
    assert master.requests[-1].extensions["timeout"]["read"] == 7.0


async def test_async_per_call_timeout(master: FakeMaster) -> None:
    async with AsyncSession(**session_kwargs(master, token=master.issue(), timeout=9)) as s:
        await s.call(get_me)
        assert master.requests[-1].extensions["timeout"]["read"] == 9.0
        await s.call(get_me, timeout=0.5)
        assert master.requests[-1].extensions["timeout"]["read"] == 0.5


SECRETS = ("hunter2", hash_password("hunter2"), "tok-1", "stale-token-xyz")


def test_no_secrets_in_repr_logs_or_errors(
    master: FakeMaster, caplog: pytest.LogCaptureFixture
) -> None:
    master.users["bob"] = "hunter2"
    caplog.set_level(logging.DEBUG)
    s = Session(
        **session_kwargs(master, username="bob", password="hunter2", token="stale-token-xyz")
    )
    s.call(get_me)  # 401 with the stale token, re-login, retry
    master.tokens.clear()
    master.routes[("POST", "/api/v1/auth/login")] = lambda r: httpx.Response(
        401, json={"error": {"error": "invalid credentials"}}
    )
    with pytest.raises(AuthenticationError) as info:
        s.call(get_me)
    texts = [
        repr(s),
        str(s.__dict__),
        repr(s.client),
        repr(s._auth),
        str(info.value),
        repr(info.value),
        caplog.text,
        str(info.value.body),
    ]
    for text in texts:
        for secret in SECRETS:
            assert secret not in text
    assert "logging in" in caplog.text  # the logs were really captured


def test_password_is_not_kept(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, username="alice", password="secret"))

    def walk(obj: object, depth: int = 0) -> list[object]:
        if depth > 3 or not hasattr(obj, "__dict__"):
            return [obj]
        out: list[object] = []
        for v in vars(obj).values():
            out += walk(v, depth + 1)
        return out

    assert "secret" not in walk(s)
    assert hash_password("secret") not in walk(s)
    assert s._password_hash is not None  # only the hash is kept, for logging in again
    assert s._password_hash.reveal() == hash_password("secret")
    assert "secret" not in repr(s._password_hash) and "secret" not in str(s._password_hash)


def test_version_matches_pyproject() -> None:
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).parents[2] / "pyproject.toml"
    assert tomllib.loads(pyproject.read_text())["project"]["version"] == __version__
