"""Every login input is encoded exactly as the official client encodes it.

The official ``authentication.login`` (read from the determined 0.38.1 wheel) runs against
a recording stand-in for ``bindings.post_Login``; its body must equal ours byte for byte
after JSON decoding, for every kind of password, the empty one included (a real master
accepts only ``""`` for a user without a password).
"""

from __future__ import annotations

import json

import pytest

from determined_api.api.users import get_me
from determined_client import AsyncSession, Session, hash_password

from ..oracle import Authentication, OfficialSDK
from .conftest import FakeMaster, session_kwargs

PASSWORDS = ["", "password", "secret", " ", "  spaced  ", "ümlaut-ß-密码", "a" * 1000, "0"]
USERS = ["determined", "admin", "Alice", "user.name@example.test", "ü"]
LOGIN = "/api/v1/auth/login"


@pytest.fixture(scope="module")
def auth(official: OfficialSDK) -> Authentication:
    return official.authentication()


def sent_login(master: FakeMaster) -> dict[str, object]:
    bodies = [json.loads(r.content) for r in master.requests if r.url.path == LOGIN]
    assert bodies, "no login was sent"
    return bodies[-1]  # type: ignore[no-any-return]


@pytest.mark.parametrize("password", PASSWORDS)
def test_hash_is_the_official_salt_and_hash(auth: Authentication, password: str) -> None:
    assert hash_password(password) == auth.salt_and_hash(password)


def test_empty_password_is_sent_empty_and_hashed(master: FakeMaster) -> None:
    """The issue's case: `password=""` used to send sha512(salt)."""
    s = Session(**session_kwargs(master, username="determined", password=""))
    s.call(get_me)
    assert sent_login(master) == {"username": "determined", "password": "", "isHashed": True}


@pytest.mark.parametrize("password", PASSWORDS)
@pytest.mark.parametrize("username", USERS)
def test_login_body_equals_the_official_one(
    master: FakeMaster, auth: Authentication, username: str, password: str
) -> None:
    master.users = {username: password}
    Session(**session_kwargs(master, username=username, password=password, cache=False)).login()
    assert sent_login(master) == auth.login_body(username, password)


@pytest.mark.parametrize("password", ["", "secret"])
def test_credentials_from_the_environment_as_the_official_cli(
    master: FakeMaster, auth: Authentication, monkeypatch: pytest.MonkeyPatch, password: str
) -> None:
    """`DET_USER=determined DET_PASS=` (empty) logs in as the official CLI does."""
    monkeypatch.setenv("DET_USER", "determined")
    monkeypatch.setenv("DET_PASS", password)
    master.users = {"determined": password}
    s = Session(**session_kwargs(master, cache=False))
    s.call(get_me)
    user, official_password = auth.user_and_password(None)
    assert official_password is not None
    assert sent_login(master) == auth.login_body(user, official_password)
    assert sent_login(master)["password"] == ("" if not password else hash_password(password))


def test_relogin_after_expiry_sends_the_empty_password_too(
    master: FakeMaster, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DET_USER", "determined")
    monkeypatch.setenv("DET_PASS", "")
    monkeypatch.setenv("DET_USER_TOKEN", "expired-token")  # not a token the master knows
    s = Session(**session_kwargs(master, cache=False))
    s.call(get_me)  # 401, then a login with "" and a retry
    assert master.logins == 1
    assert sent_login(master) == {"username": "determined", "password": "", "isHashed": True}


async def test_async_login_body_is_the_same(master: FakeMaster, auth: Authentication) -> None:
    async with AsyncSession(**session_kwargs(master, username="determined", password="")) as s:
        await s.login()
    assert sent_login(master) == auth.login_body("determined", "")
