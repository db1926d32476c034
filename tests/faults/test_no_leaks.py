"""The password, its hash and the tokens never appear in repr(), logs or exception messages.

Every test of this suite already runs with DEBUG logging on the root, determined_client,
httpx and httpcore loggers and checks all records at teardown (conftest.leaks); the tests
here drive the flows that touch secrets the most and check the objects themselves.
"""

from __future__ import annotations

import json
import logging

import pytest

import determined_client
from determined_api.api.experiments import archive_experiment, get_experiment
from determined_api.api.users import get_me
from determined_client import (
    APIConnectionError,
    APIResponseValidationError,
    AsyncSession,
    AuthenticationError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    Session,
    TokenCache,
)
from determined_client._config import resolve_credentials

from ._support import LOGGERS, TEST_PASSWORD, TEST_USER, LeakGuard, fast_policy, raises
from .faulty_master import FaultyMaster, salted_hash


def _fields(obj: object) -> dict[str, object]:
    if hasattr(obj, "__dict__"):
        return dict(vars(obj))
    slots = (n for cls in type(obj).__mro__ for n in getattr(cls, "__slots__", ()))
    return {n: getattr(obj, n) for n in slots if n != "__weakref__" and hasattr(obj, n)}


def reprs_of(obj: object) -> list[tuple[str, str]]:
    """repr() of the object and of every non-string object it holds (one level down)."""
    out = [(type(obj).__name__, repr(obj)), (f"str({type(obj).__name__})", str(obj))]
    for name, value in _fields(obj).items():
        if not isinstance(value, (str, bytes)):  # a secret held in memory is fine; shown is not
            out.append((f"{type(obj).__name__}.{name}", repr(value)))
    return out


@pytest.mark.fault("secret-leak")
def test_guard_catches_a_leak(master: FaultyMaster, leaks: LeakGuard) -> None:
    """The leak checks themselves must be able to fail."""
    token = master.issue_token()
    with pytest.raises(AssertionError, match="secret leaked"):
        leaks.check_text(f"Bearer {token}", "self-test")
    with pytest.raises(AssertionError, match="secret leaked"):
        leaks.check_exc(RuntimeError("x", salted_hash(TEST_PASSWORD)))
    rec = logging.LogRecord("httpx", logging.DEBUG, __file__, 1, "pw=%s", (TEST_PASSWORD,), None)
    with pytest.raises(AssertionError, match="secret leaked"):
        leaks.check_records([rec])


@pytest.mark.fault("secret-leak")
def test_repr_of_public_objects_hides_secrets(master: FaultyMaster, leaks: LeakGuard) -> None:
    with Session(master.url, username=TEST_USER, password=TEST_PASSWORD) as s:
        s.call(get_me)  # logged in: the session now holds a live token
        assert master.issued_tokens
        objects: list[object] = [
            s,
            s.client,
            s.client.get_httpx_client(),
            s._auth,
            resolve_credentials(TEST_USER, TEST_PASSWORD, master.issued_tokens[0]),
            determined_client.RetryPolicy(),
            TokenCache(),
            determined_client.DEFAULT_TIMEOUT,
        ]
        for obj in objects:
            for where, text in reprs_of(obj):
                leaks.check_text(text, f"repr of {where}")
        s.logout()


@pytest.mark.fault("secret-leak")
async def test_repr_of_async_session_hides_secrets(master: FaultyMaster, leaks) -> None:
    async with AsyncSession(master.url, username=TEST_USER, password=TEST_PASSWORD) as s:
        await s.call(get_me)
        for obj in (s, s.client, s.client.get_async_httpx_client(), s._auth):
            for where, text in reprs_of(obj):
                leaks.check_text(text, f"repr of {where}")


@pytest.mark.fault("secret-leak")
def test_repr_of_fixed_token_session_hides_the_token(master: FaultyMaster, leaks) -> None:
    token = master.issue_token()
    with Session(master.url, token=token) as s:
        s.call(get_me)
        for obj in (s, s._auth, s.client):
            for where, text in reprs_of(obj):
                leaks.check_text(text, f"repr of {where}")


@pytest.mark.fault("secret-leak")
def test_env_credentials_do_not_leak(
    master: FaultyMaster, leaks, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DET_MASTER", master.url)
    monkeypatch.setenv("DET_USER", TEST_USER)
    monkeypatch.setenv("DET_PASS", TEST_PASSWORD)
    with Session(retry=fast_policy(0)) as s:
        assert s.call(get_me).user.username == TEST_USER
        for where, text in reprs_of(s):
            leaks.check_text(text, f"repr of {where}")


@pytest.mark.fault("secret-leak")
def test_debug_logs_and_errors_of_a_rough_session_hide_secrets(
    master: FaultyMaster, leaks: LeakGuard, caplog: pytest.LogCaptureFixture
) -> None:
    """Login, retries, expiry and re-login, every error kind, logout: all at DEBUG."""
    assert all(logging.getLogger(n or None).getEffectiveLevel() == logging.DEBUG for n in LOGGERS)
    errors: list[BaseException] = []
    with Session(master.url, username=TEST_USER, password=TEST_PASSWORD, retry=fast_policy(2)) as s:
        s.login()
        master.inject("retry-after-503", times=1, retry_after="0", path="/api/v1/me")
        master.inject("reset", times=1, path="/api/v1/me")
        assert s.call(get_me).user.username == TEST_USER
        master.expire_all_tokens()
        assert s.call(get_experiment, experiment_id=2).experiment.id == 2
        for kind, exc in [
            ("html-502", InternalServerError),
            ("truncated-json", APIResponseValidationError),
            ("reset", APIConnectionError),
        ]:
            master.inject(kind, times=5, path="/api/v1/experiments/3")
            with raises(leaks, exc) as err:
                s.call(get_experiment, experiment_id=3)
            errors.append(err.value)
            master.clear_faults()
        with raises(leaks, NotFoundError) as nf:
            s.call(get_experiment, experiment_id=999)
        errors.append(nf.value)
        master.inject("retry-after-503", times=1, path="/api/v1/experiments/1/archive")
        with raises(leaks, InternalServerError) as ise:
            s.call(archive_experiment, experiment_id=1)
        errors.append(ise.value)
        s.logout()
        s.logout()  # idempotent
    # A wrong password and a dead fixed token.
    with Session(master.url, username=TEST_USER, password=TEST_PASSWORD + "x") as bad:
        leaks.add(TEST_PASSWORD + "x")
        leaks.add(salted_hash(TEST_PASSWORD + "x"))
        with raises(leaks, AuthenticationError) as auth_err:
            bad.call(get_me)
        errors.append(auth_err.value)
    dead = master.issue_token()
    master.expire_all_tokens()
    with Session(master.url, token=dead, cache=False) as fixed:
        with raises(leaks, AuthenticationError) as dead_err:
            fixed.call(get_me)
        errors.append(dead_err.value)
        fixed.logout()  # logging out with an expired token does not raise
    with raises(leaks, ConfigurationError):
        Session(f"http://{TEST_USER}:{TEST_PASSWORD}@127.0.0.1:{master.port}")

    assert master.logins == 2 and master.logouts == 1
    for e in errors:
        leaks.check_exc(e)
        for where, text in reprs_of(e):
            leaks.check_text(text, f"repr of {where}")
    names = {r.name for r in caplog.records}
    assert "httpx" in names and any(n.startswith("httpcore") for n in names), names
    assert len(caplog.records) > 50  # DEBUG really was on: the check below saw something
    leaks.check_records(caplog.records)
    leaks.check_text(caplog.text, "formatted log output")


@pytest.mark.fault("secret-leak")
async def test_async_debug_logs_hide_secrets(
    master: FaultyMaster, leaks: LeakGuard, caplog: pytest.LogCaptureFixture
) -> None:
    async with AsyncSession(
        master.url, username=TEST_USER, password=TEST_PASSWORD, retry=fast_policy(2)
    ) as s:
        master.inject("html-502", times=1, path="/api/v1/me")
        assert (await s.call(get_me)).user.username == TEST_USER
        master.expire_all_tokens()
        assert (await s.call(get_me)).user.username == TEST_USER
        master.inject("truncated-json", times=1, path="/api/v1/me")
        with raises(leaks, APIResponseValidationError):
            await s.call(get_me)
        await s.logout()
    assert master.logins == 2
    assert len(caplog.records) > 10
    leaks.check_records(caplog.records)
    leaks.check_text(caplog.text, "formatted log output")


@pytest.mark.fault("secret-leak")
def test_plain_password_never_goes_on_the_wire(master: FaultyMaster) -> None:
    with Session(master.url, username=TEST_USER, password=TEST_PASSWORD) as s:
        s.call(get_me)
        master.expire_all_tokens()
        s.call(get_me)
    assert master.plain_password_seen is False
    logins = master.requests_to("/api/v1/auth/login")
    assert len(logins) == 2
    for r in logins:
        body = r.json()
        assert body["username"] == TEST_USER
        assert body["isHashed"] is True
        assert body["password"] == salted_hash(TEST_PASSWORD)
        assert "authorization" not in r.headers  # login carries no stale bearer token
    for r in master.requests:
        assert TEST_PASSWORD not in r.body.decode(errors="replace")
        assert TEST_PASSWORD not in json.dumps(r.headers)
        assert TEST_PASSWORD not in r.path


@pytest.mark.fault("secret-leak")
def test_login_cookie_is_never_kept_or_resent(master: FaultyMaster) -> None:
    """The master's login also sets `auth=<token>` as a cookie: bearer tokens are the only
    credential, so the cookie is refused and never goes back, not even after logout."""
    with Session(master.url, username=TEST_USER, password=TEST_PASSWORD, cache=False) as s:
        s.call(get_me)
        s.logout()
        s.call(get_me)  # logs in again
    login_answers = len(master.requests_to("/api/v1/auth/login"))
    assert login_answers == 2
    assert all("cookie" not in r.headers for r in master.requests)


@pytest.mark.fault("secret-leak")
async def test_login_cookie_is_never_resent_async(master: FaultyMaster) -> None:
    async with AsyncSession(
        master.url, username=TEST_USER, password=TEST_PASSWORD, cache=False
    ) as s:
        await s.call(get_me)
        await s.call(get_me)
    assert len(master.requests) == 3
    assert all("cookie" not in r.headers for r in master.requests)
