"""Tokens expire under load: exactly one login each time, zero failed calls (threads, tasks)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

import pytest

from determined_api.api.experiments import get_experiment
from determined_api.api.users import get_me
from determined_client import AsyncSession, AuthenticationError, InternalServerError, Session

from ._support import SLACK, TEST_PASSWORD, TEST_USER, fast_policy, raises
from .faulty_master import FaultyMaster

N = 32  # concurrent callers per flavour (32 threads, then 32 asyncio tasks)
CALLS = 3  # calls per caller per round
ROUNDS = 3  # times the tokens expire under the callers


# The default retry budget (2), with tiny backoff. 401s are never retried by the transport,
# so retries cannot hide a login problem.
# The session's own transport, as users get it (its pool keeps as many idle connections as
# may be open, so 32 threads do not churn connections).
def session(master: FaultyMaster) -> Session:
    return Session(master.url, username=TEST_USER, password=TEST_PASSWORD, retry=fast_policy(2))


def asession(master: FaultyMaster) -> AsyncSession:
    return AsyncSession(
        master.url, username=TEST_USER, password=TEST_PASSWORD, retry=fast_policy(2)
    )


def run_threads(n: int, target: Callable[[int], None]) -> list[BaseException]:
    errors: list[BaseException] = []
    lock = threading.Lock()

    def wrap(i: int) -> None:
        try:
            target(i)
        except BaseException as exc:
            with lock:
                errors.append(exc)

    threads = [threading.Thread(target=wrap, args=(i,), daemon=True) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "a caller is stuck"
    return errors


# ---------------------------------------------------------------- threads
@pytest.mark.fault("token-expiry-threads")
def test_tokens_expire_mid_flight_under_32_threads(master: FaultyMaster) -> None:
    """Lazy first login by 32 threads at once, then the token dies after 50 calls while
    they run: one login for the start, one for the expiry, and every call succeeds."""
    master.token_max_calls = 50  # N * CALLS = 96 calls: the 2nd token serves the last 46
    master.delay = 0.005
    master.login_delay = 0.05  # widen the window in which a second login could sneak in
    start = threading.Barrier(N, timeout=30)
    results: list[int] = []
    with session(master) as s:

        def caller(i: int) -> None:
            start.wait()
            for _ in range(CALLS):
                results.append(s.call(get_experiment, experiment_id=1 + i % 5).experiment.id)

        errors = run_threads(N, caller)
    assert errors == []
    assert len(results) == N * CALLS
    assert master.logins == 2, "one login at start and exactly one after the expiry"
    assert master.failed_logins == 0


@pytest.mark.fault("token-expiry-threads")
def test_tokens_expire_repeatedly_under_32_threads(master: FaultyMaster) -> None:
    """Each round the master kills every token while 32 threads are about to call at once."""
    master.login_delay = 0.05
    barrier = threading.Barrier(N + 1, timeout=30)
    results: list[str] = []
    with session(master) as s:
        s.login()
        assert master.logins == 1

        def caller(i: int) -> None:
            for _ in range(ROUNDS):
                barrier.wait()  # main thread expires the tokens now
                barrier.wait()
                for _ in range(CALLS):
                    results.append(s.call(get_me).user.username)

        threads_done: list[list[BaseException]] = []
        runner = threading.Thread(target=lambda: threads_done.append(run_threads(N, caller)))
        runner.start()
        for r in range(ROUNDS):
            barrier.wait()
            master.expire_all_tokens()
            logins_before = master.logins
            barrier.wait()
            # wait for this round's calls to finish before the next expiry
            deadline = time.monotonic() + 30
            while len(results) < (r + 1) * N * CALLS and time.monotonic() < deadline:
                time.sleep(0.01)
            assert master.logins == logins_before + 1, f"round {r}: exactly one login"
        runner.join(timeout=60)
    assert threads_done == [[]]
    assert results == [TEST_USER] * (ROUNDS * N * CALLS)
    assert master.logins == 1 + ROUNDS
    assert master.failed_logins == 0


@pytest.mark.fault("token-expiry-threads")
def test_token_expires_after_n_seconds(master: FaultyMaster) -> None:
    master.token_ttl = 0.3
    with session(master) as s:
        for _ in range(3):
            assert s.call(get_me).user.username == TEST_USER
            time.sleep(0.4)
        assert s.call(get_me).user.username == TEST_USER
    assert master.logins == 4


@pytest.mark.fault("token-expiry-threads")
def test_fixed_token_expiry_raises_authentication_error_with_a_fix(
    master: FaultyMaster, leaks
) -> None:
    token = master.issue_token()
    with Session(master.url, token=token, cache=False, retry=fast_policy(0)) as s:
        assert s.call(get_me).user.username == TEST_USER
        master.expire_all_tokens()
        with raises(leaks, AuthenticationError) as err:
            s.call(get_me)
    msg = str(err.value)
    assert "invalid credentials" in msg
    assert "DET_USER" in msg or "password" in msg  # how to fix it
    assert master.logins == 0 and len(master.requests_to("/api/v1/me")) == 2


@pytest.mark.fault("token-expiry-threads")
def test_wrong_password_fails_at_once_without_a_loop(master: FaultyMaster, leaks) -> None:
    with Session(
        master.url, username=TEST_USER, password="not-the-password", retry=fast_policy(3)
    ) as s:
        leaks.add("not-the-password")
        with raises(leaks, AuthenticationError) as err:
            s.call(get_me)
    assert len(master.requests_to("/api/v1/auth/login")) == 1
    assert master.requests_to("/api/v1/me") == []
    assert "invalid credentials" in str(err.value)


# ---------------------------------------------------------------- asyncio tasks
@pytest.mark.fault("token-expiry-asyncio")
async def test_tokens_expire_mid_flight_under_32_tasks(master: FaultyMaster) -> None:
    master.token_max_calls = 50
    master.delay = 0.005
    master.login_delay = 0.05
    async with asession(master) as s:

        async def caller(i: int) -> list[int]:
            return [
                (await s.call(get_experiment, experiment_id=1 + i % 5)).experiment.id
                for _ in range(CALLS)
            ]

        results = await asyncio.gather(*(caller(i) for i in range(N)), return_exceptions=True)
    errors = [r for r in results if isinstance(r, BaseException)]
    assert errors == []
    assert sum(len(r) for r in results) == N * CALLS  # type: ignore[arg-type]
    assert master.logins == 2
    assert master.failed_logins == 0


@pytest.mark.fault("token-expiry-asyncio")
async def test_tokens_expire_repeatedly_under_32_tasks(master: FaultyMaster) -> None:
    master.login_delay = 0.05
    async with asession(master) as s:
        await s.login()
        for r in range(ROUNDS):
            master.expire_all_tokens()
            before = master.logins
            results = await asyncio.gather(
                *(s.call(get_me) for _ in range(N)), return_exceptions=True
            )
            errors = [x for x in results if isinstance(x, BaseException)]
            assert errors == [], f"round {r}"
            assert master.logins == before + 1, f"round {r}: exactly one login"
    assert master.logins == 1 + ROUNDS
    assert master.failed_logins == 0


@pytest.mark.fault("token-expiry-asyncio")
async def test_async_token_expires_after_n_calls(master: FaultyMaster) -> None:
    master.token_max_calls = 2
    async with asession(master) as s:
        for _ in range(6):
            assert (await s.call(get_me)).user.username == TEST_USER
    assert master.logins == 3


# ---------------------------------------------------------------- login outage at expiry
OUTAGE_CALLERS = 8
LOGIN_TIME = 0.3  # each failing login takes this long


@pytest.mark.fault("login-outage")
def test_failed_relogin_is_shared_by_waiting_threads(master: FaultyMaster, leaks) -> None:
    """Tokens expire while the login endpoint fails slowly: the callers that wait on the
    single flight share its failure; they do not each log in again, one after the other."""
    login = "/api/v1/auth/login"
    with session(master) as s:
        s.login()
        master.expire_all_tokens()
        master.inject("retry-after-503", times=100, path=login, retry_after="0", delay=LOGIN_TIME)
        start = threading.Barrier(OUTAGE_CALLERS, timeout=30)
        failures: list[BaseException] = []

        def caller(i: int) -> None:
            start.wait()
            try:
                s.call(get_me)
            except InternalServerError as exc:
                failures.append(exc)

        t0 = time.monotonic()
        assert run_threads(OUTAGE_CALLERS, caller) == []
        elapsed = time.monotonic() - t0
        attempts = len(master.requests_to(login)) - 1
        assert len(failures) == OUTAGE_CALLERS  # every caller got the typed error
        # ... each its own copy, so tracebacks of different threads do not pile onto one
        assert len({id(exc) for exc in failures}) == OUTAGE_CALLERS
        for exc in failures:
            leaks.check_exc(exc)
        assert attempts == 1, f"{attempts} logins for one expiry (single flight)"
        assert elapsed < LOGIN_TIME + SLACK
        # The outage ends: the next call logs in once and works.
        master.clear_faults()
        assert s.call(get_me).user.username == TEST_USER
    assert master.logins == 2


@pytest.mark.fault("login-outage")
async def test_failed_relogin_is_shared_by_waiting_tasks(master: FaultyMaster, leaks) -> None:
    login = "/api/v1/auth/login"
    async with asession(master) as s:
        await s.login()
        master.expire_all_tokens()
        master.inject("retry-after-503", times=100, path=login, retry_after="0", delay=LOGIN_TIME)
        t0 = time.monotonic()
        results = await asyncio.gather(
            *(s.call(get_me) for _ in range(OUTAGE_CALLERS)), return_exceptions=True
        )
        elapsed = time.monotonic() - t0
        attempts = len(master.requests_to(login)) - 1
        assert all(isinstance(r, InternalServerError) for r in results), results
        assert attempts == 1, f"{attempts} logins for one expiry (single flight)"
        assert elapsed < LOGIN_TIME + SLACK
        master.clear_faults()
        assert (await s.call(get_me)).user.username == TEST_USER
    assert master.logins == 2
