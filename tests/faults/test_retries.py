"""Transient failures: 503 + Retry-After, HTML 502, connection resets, hangs; no POST replay."""

from __future__ import annotations

import email.utils
import itertools
import time

import pytest

from determined_api.api.experiments import archive_experiment, get_experiment
from determined_api.api.users import get_me
from determined_api.models import ArchiveExperimentResponse
from determined_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncSession,
    InternalServerError,
    RateLimitError,
    Session,
)

from ._support import SLACK, TEST_PASSWORD, TEST_USER, fast_policy, raises
from .faulty_master import FaultyMaster

EXP = "/api/v1/experiments/1"


def session(master: FaultyMaster, **kw: object) -> Session:
    return Session(master.url, username=TEST_USER, password=TEST_PASSWORD, **kw)  # type: ignore[arg-type]


def asession(master: FaultyMaster, **kw: object) -> AsyncSession:
    return AsyncSession(master.url, username=TEST_USER, password=TEST_PASSWORD, **kw)  # type: ignore[arg-type]


def gaps(master: FaultyMaster, path: str, method: str = "GET") -> list[float]:
    hits = master.requests_to(path, method)
    return [b.at - a.at for a, b in itertools.pairwise(hits)]


def answered(master: FaultyMaster, path: str, method: str = "GET") -> list[str]:
    return [r.answered_by for r in master.requests_to(path, method)]


# ---------------------------------------------------------------- 503 + Retry-After
@pytest.mark.fault("retry-after-503")
def test_get_survives_503_and_waits_retry_after(master: FaultyMaster) -> None:
    master.inject("retry-after-503", times=2, path=EXP, retry_after="1")
    with session(master, max_retries=2) as s:
        t0 = time.monotonic()
        got = s.call(get_experiment, experiment_id=1)
        elapsed = time.monotonic() - t0
    assert got.experiment.id == 1
    assert answered(master, EXP) == ["retry-after-503", "retry-after-503", "master"]
    # The waits are the server's Retry-After (1 s each), measured on the server's clock.
    for gap in gaps(master, EXP):
        assert 0.9 <= gap < 1.0 + SLACK, gap
    assert 1.9 <= elapsed < 2.0 + SLACK
    assert master.logins == 1


@pytest.mark.fault("retry-after-503")
async def test_async_get_survives_503_and_waits_retry_after(master: FaultyMaster) -> None:
    master.inject("retry-after-503", times=2, path=EXP, retry_after="1")
    async with asession(master, max_retries=2) as s:
        got = await s.call(get_experiment, experiment_id=1)
    assert got.experiment.id == 1
    assert answered(master, EXP) == ["retry-after-503", "retry-after-503", "master"]
    for gap in gaps(master, EXP):
        assert 0.9 <= gap < 1.0 + SLACK, gap


@pytest.mark.fault("retry-after-503")
def test_retry_after_http_date_is_honoured(master: FaultyMaster) -> None:
    when = email.utils.formatdate(time.time() + 2, usegmt=True)
    master.inject("retry-after-503", times=1, path=EXP, retry_after=when)
    with session(master, retry=fast_policy(2)) as s:
        assert s.call(get_experiment, experiment_id=1).experiment.id == 1
    (gap,) = gaps(master, EXP)
    # An HTTP date has 1 s resolution: the wait is 1..2 s, far above the 0.05 s backoff cap.
    assert 0.5 <= gap < 2.0 + SLACK, gap


@pytest.mark.fault("retry-after-503")
def test_retry_after_is_capped(master: FaultyMaster) -> None:
    master.inject("retry-after-503", times=1, path=EXP, retry_after="3600")
    with session(master, retry=fast_policy(1, retry_after_cap=0.3)) as s:
        t0 = time.monotonic()
        assert s.call(get_experiment, experiment_id=1).experiment.id == 1
        assert time.monotonic() - t0 < 0.3 + SLACK
    (gap,) = gaps(master, EXP)
    assert 0.25 <= gap < 0.3 + SLACK


@pytest.mark.fault("retry-after-503")
@pytest.mark.parametrize("max_retries", [0, 1, 3])
def test_503_attempts_are_exactly_max_retries_plus_one(
    master: FaultyMaster, leaks, max_retries: int
) -> None:
    master.inject("retry-after-503", times=10, path=EXP, retry_after="0")
    with (
        session(master, retry=fast_policy(max_retries)) as s,
        raises(leaks, InternalServerError) as err,
    ):
        s.call(get_experiment, experiment_id=1)
    assert err.value.status_code == 503
    assert "master is restarting" in err.value.message
    assert len(master.requests_to(EXP)) == max_retries + 1


@pytest.mark.fault("retry-after-503")
def test_max_retries_argument_is_used(master: FaultyMaster, leaks) -> None:
    master.inject("retry-after-503", times=10, path=EXP, retry_after="0")
    with session(master, max_retries=1) as s, raises(leaks, InternalServerError):
        s.call(get_experiment, experiment_id=1)
    assert len(master.requests_to(EXP)) == 2


@pytest.mark.fault("retry-after-503")
def test_429_is_retried_for_get(master: FaultyMaster) -> None:
    body = b'{"error": {"code": 8, "reason": "ResourceExhausted", "error": "slow down"}}'
    master.inject("status", times=1, path=EXP, status=429, body=body, retry_after="0")
    with session(master, retry=fast_policy(2)) as s:
        assert s.call(get_experiment, experiment_id=1).experiment.id == 1
    assert answered(master, EXP) == ["status", "master"]


# ---------------------------------------------------------------- HTML 502
@pytest.mark.fault("html-502")
def test_get_survives_html_502(master: FaultyMaster) -> None:
    master.inject("html-502", times=2, path=EXP)
    with session(master, retry=fast_policy(2)) as s:
        assert s.call(get_experiment, experiment_id=1).experiment.id == 1
    assert answered(master, EXP) == ["html-502", "html-502", "master"]
    for gap in gaps(master, EXP):
        assert gap < 0.05 + SLACK  # the configured backoff cap, not some default


@pytest.mark.fault("html-502")
async def test_async_get_survives_html_502(master: FaultyMaster) -> None:
    master.inject("html-502", times=2, path=EXP)
    async with asession(master, retry=fast_policy(2)) as s:
        assert (await s.call(get_experiment, experiment_id=1)).experiment.id == 1
    assert answered(master, EXP) == ["html-502", "html-502", "master"]


@pytest.mark.fault("html-502")
def test_html_502_exhausting_retries_is_a_readable_typed_error(master: FaultyMaster, leaks) -> None:
    master.inject("html-502", times=10, path=EXP)
    with session(master, retry=fast_policy(2)) as s, raises(leaks, InternalServerError) as err:
        s.call(get_experiment, experiment_id=1)
    e = err.value
    assert e.status_code == 502
    assert "502 Bad Gateway" in e.message
    assert "<" not in e.message and len(e.message) < 300
    assert e.method == "GET" and e.url.endswith(EXP)
    assert isinstance(e.body, str) and "<html>" in e.body
    assert len(master.requests_to(EXP)) == 3


# ---------------------------------------------------------------- connection reset
@pytest.mark.fault("connection-reset")
def test_get_survives_connection_resets(master: FaultyMaster) -> None:
    master.inject("reset", times=2, path=EXP)
    with session(master, retry=fast_policy(2)) as s:
        assert s.call(get_experiment, experiment_id=1).experiment.id == 1
    assert answered(master, EXP) == ["reset", "reset", "master"]


@pytest.mark.fault("connection-reset")
async def test_async_get_survives_connection_resets(master: FaultyMaster) -> None:
    master.inject("reset", times=2, path=EXP)
    async with asession(master, retry=fast_policy(2)) as s:
        assert (await s.call(get_experiment, experiment_id=1)).experiment.id == 1
    assert answered(master, EXP) == ["reset", "reset", "master"]


@pytest.mark.fault("connection-reset")
def test_persistent_resets_raise_connection_error(master: FaultyMaster, leaks) -> None:
    master.inject("reset", times=10, path=EXP)
    with session(master, retry=fast_policy(1)) as s, raises(leaks, APIConnectionError) as err:
        s.call(get_experiment, experiment_id=1)
    assert not isinstance(err.value, APITimeoutError)
    assert err.value.method == "GET" and err.value.url.endswith(EXP)
    assert len(master.requests_to(EXP)) == 2


@pytest.mark.fault("connection-reset")
def test_reset_during_login_on_reused_connection(master: FaultyMaster, leaks) -> None:
    """A reset on the login POST is not replayed; the next call logs in and works."""
    with session(master, retry=fast_policy(2)) as s:
        s.login()
        master.expire_all_tokens()
        master.inject("reset", times=1, path="/api/v1/auth/login")
        with raises(leaks, APIConnectionError):
            s.call(get_me)
        assert len(master.requests_to("/api/v1/auth/login")) == 2  # first login + the reset
        assert s.call(get_me).user.username == TEST_USER
    assert master.logins == 2


@pytest.mark.fault("reset-mid-body")
def test_get_survives_reset_while_reading_the_body(master: FaultyMaster) -> None:
    """The status line and headers arrive, then the connection dies mid-body: for a GET
    that is a connection error like any other and must be retried."""
    master.inject("reset-mid-body", times=1, path="/api/v1/me")
    with session(master, retry=fast_policy(2)) as s:
        assert s.call(get_me).user.username == TEST_USER
    assert answered(master, "/api/v1/me") == ["reset-mid-body", "master"]


@pytest.mark.fault("reset-mid-body")
async def test_async_get_survives_reset_while_reading_the_body(master: FaultyMaster) -> None:
    master.inject("reset-mid-body", times=1, path="/api/v1/me")
    async with asession(master, retry=fast_policy(2)) as s:
        assert (await s.call(get_me)).user.username == TEST_USER
    assert answered(master, "/api/v1/me") == ["reset-mid-body", "master"]


@pytest.mark.fault("reset-mid-body")
def test_reset_mid_body_without_retries_is_a_connection_error(master: FaultyMaster, leaks) -> None:
    master.inject("reset-mid-body", times=5, path="/api/v1/me")
    with session(master, retry=fast_policy(0)) as s, raises(leaks, APIConnectionError) as err:
        s.call(get_me)
    assert not isinstance(err.value, APITimeoutError)
    assert len(master.requests_to("/api/v1/me")) == 1


# ---------------------------------------------------------------- POST is never replayed
POST_FAULTS = [
    ("retry-after-503", {"retry_after": "0"}, InternalServerError),
    ("html-502", {}, InternalServerError),
    (
        "status",
        {"status": 504, "body": b"gateway timeout", "content_type": "text/plain"},
        InternalServerError,
    ),
    ("status", {"status": 429, "body": b"{}", "retry_after": "0"}, RateLimitError),
    ("reset", {}, APIConnectionError),
]


@pytest.mark.fault("post-no-replay")
@pytest.mark.parametrize(("kind", "kw", "exc"), POST_FAULTS, ids=[f[0] for f in POST_FAULTS])
def test_post_is_never_replayed(master: FaultyMaster, leaks, kind, kw, exc) -> None:
    path = "/api/v1/experiments/1/archive"
    master.inject(kind, times=10, path=path, method="POST", **kw)
    with session(master, retry=fast_policy(3)) as s:
        s.login()
        with raises(leaks, exc):
            s.call(archive_experiment, experiment_id=1)
    assert len(master.requests_to(path, "POST")) == 1
    assert master.archived == []


@pytest.mark.fault("post-no-replay")
async def test_async_post_is_never_replayed(master: FaultyMaster, leaks) -> None:
    path = "/api/v1/experiments/1/archive"
    master.inject("retry-after-503", times=10, path=path, retry_after="0")
    async with asession(master, retry=fast_policy(3)) as s:
        with raises(leaks, InternalServerError):
            await s.call(archive_experiment, experiment_id=1)
    assert len(master.requests_to(path, "POST")) == 1


@pytest.mark.fault("post-no-replay")
def test_login_post_is_not_replayed_after_503(master: FaultyMaster, leaks) -> None:
    master.inject("retry-after-503", times=10, path="/api/v1/auth/login", retry_after="0")
    with session(master, retry=fast_policy(3)) as s, raises(leaks, InternalServerError):
        s.call(get_me)
    assert len(master.requests_to("/api/v1/auth/login")) == 1
    assert master.requests_to("/api/v1/me") == []


@pytest.mark.fault("post-no-replay")
def test_post_succeeds_after_the_fault_clears(master: FaultyMaster, leaks) -> None:
    path = "/api/v1/experiments/1/archive"
    with session(master, retry=fast_policy(3)) as s:
        master.inject("html-502", times=1, path=path)
        with raises(leaks, InternalServerError):
            s.call(archive_experiment, experiment_id=1)
        assert s.call(archive_experiment, experiment_id=1) == ArchiveExperimentResponse()
    assert master.archived == [1]  # exactly once: the caller's own second call


# ---------------------------------------------------------------- hang past the timeout
@pytest.mark.fault("hang-timeout")
@pytest.mark.parametrize("max_retries", [0, 2])
def test_hang_raises_timeout_within_budget(master: FaultyMaster, leaks, max_retries) -> None:
    timeout = 0.5
    master.inject("hang", times=10, path=EXP, seconds=10)
    policy = fast_policy(max_retries)
    with session(master, timeout=timeout, retry=policy) as s:
        s.login()
        t0 = time.monotonic()
        with raises(leaks, APITimeoutError) as err:
            s.call(get_experiment, experiment_id=1)
        elapsed = time.monotonic() - t0
    # A hang is never retried, whatever max_retries says: the call ends within the
    # configured timeout and the stuck master sees one request, not a retry storm.
    assert len(master.requests_to(EXP)) == 1
    assert timeout * 0.9 <= elapsed < timeout + SLACK
    assert isinstance(err.value, APIConnectionError)
    assert "timed out" in str(err.value)


@pytest.mark.fault("hang-timeout")
async def test_async_hang_raises_timeout_within_budget(master: FaultyMaster, leaks) -> None:
    timeout = 0.5
    master.inject("hang", times=10, path=EXP, seconds=10)
    async with asession(master, timeout=timeout, retry=fast_policy(1)) as s:
        await s.login()
        t0 = time.monotonic()
        with raises(leaks, APITimeoutError):
            await s.call(get_experiment, experiment_id=1)
        elapsed = time.monotonic() - t0
    assert len(master.requests_to(EXP)) == 1
    assert elapsed < timeout + SLACK


@pytest.mark.fault("hang-timeout")
def test_per_call_timeout_overrides_session_default(master: FaultyMaster, leaks) -> None:
    master.inject("hang", times=10, path=EXP, seconds=10)
    with session(master, retry=fast_policy(0)) as s:  # session default: read 60 s
        s.login()
        t0 = time.monotonic()
        with raises(leaks, APITimeoutError):
            s.call(get_experiment, experiment_id=1, timeout=0.3)
        assert time.monotonic() - t0 < 0.3 + SLACK
        # ... and only for that call: the next one uses the session's timeout again.
        assert s.call(get_me).user.username == TEST_USER


@pytest.mark.fault("hang-timeout")
def test_hanging_post_times_out_once(master: FaultyMaster, leaks) -> None:
    path = "/api/v1/experiments/1/archive"
    master.inject("hang", times=10, path=path, seconds=10)
    with session(master, timeout=0.4, retry=fast_policy(3)) as s:
        s.login()
        with raises(leaks, APITimeoutError):
            s.call(archive_experiment, experiment_id=1)
    assert len(master.requests_to(path)) == 1
