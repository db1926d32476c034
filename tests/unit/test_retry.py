"""Retries: which methods and statuses, backoff and Retry-After, and turning them off."""

from __future__ import annotations

import email.utils
import ssl
import time
from collections.abc import Callable

import httpx
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
    RetryPolicy,
    Session,
)
from determined_client._retry import AsyncRetryTransport, RetryTransport, parse_retry_after

from .conftest import FakeMaster, error, session_kwargs


def flaky(master: FakeMaster, path: str, failures: list[httpx.Response | Exception]) -> None:
    """Answer ``path`` with the given failures first, then normally."""
    method = "POST" if path.endswith("archive") else "GET"

    def handler(request: httpx.Request) -> httpx.Response:
        if failures:
            f = failures.pop(0)
            if isinstance(f, Exception):
                raise f
            return f
        del master.routes[(method, path)]
        return master.dispatch(request)

    master.routes[(method, path)] = handler


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_get_retried_on_transient_statuses(master: FakeMaster, status: int) -> None:
    flaky(master, "/api/v1/me", [error(status, "Unavailable", "busy")] * 2)
    s = Session(**session_kwargs(master, token=master.issue()))
    assert s.call(get_me).user.username == "determined"
    assert master.count("/api/v1/me") == 3


def test_get_gives_up_after_max_retries(master: FakeMaster) -> None:
    flaky(master, "/api/v1/me", [error(503, "Unavailable", "down")] * 5)
    s = Session(**session_kwargs(master, token=master.issue()))
    with pytest.raises(InternalServerError) as info:
        s.call(get_me)
    assert info.value.status_code == 503 and master.count("/api/v1/me") == 3


def test_500_is_not_retried(master: FakeMaster) -> None:
    flaky(master, "/api/v1/me", [error(500, "Internal", "boom")])
    s = Session(**session_kwargs(master, token=master.issue()))
    with pytest.raises(InternalServerError):
        s.call(get_me)
    assert master.count("/api/v1/me") == 1


def test_get_retried_on_connection_errors(master: FakeMaster) -> None:
    flaky(master, "/api/v1/me", [httpx.ConnectError("refused"), httpx.ReadError("reset")])
    s = Session(**session_kwargs(master, token=master.issue()))
    assert s.call(get_me) is not None
    assert master.count("/api/v1/me") == 3


def test_post_not_retried_on_503_or_read_error(master: FakeMaster) -> None:
    path = "/api/v1/experiments/1/archive"
    token = master.issue()
    flaky(master, path, [error(503, "Unavailable", "busy")])
    s = Session(**session_kwargs(master, token=token))
    with pytest.raises(InternalServerError):
        s.call(archive_experiment, experiment_id=1)
    assert master.count(path) == 1
    flaky(master, path, [httpx.ReadError("reset after send")])
    with pytest.raises(APIConnectionError):
        s.call(archive_experiment, experiment_id=1)
    assert master.count(path) == 2


def test_post_retried_on_connect_error(master: FakeMaster) -> None:
    path = "/api/v1/experiments/1/archive"
    flaky(master, path, [httpx.ConnectError("refused")])
    s = Session(**session_kwargs(master, token=master.issue()))
    assert s.call(archive_experiment, experiment_id=1) == ArchiveExperimentResponse()
    assert master.count(path) == 2


def test_max_retries_zero_disables(master: FakeMaster) -> None:
    flaky(master, "/api/v1/me", [error(503, "Unavailable", "busy")])
    kw = session_kwargs(master, token=master.issue())
    del kw["retry"]
    s = Session(**kw, max_retries=0)
    with pytest.raises(InternalServerError):
        s.call(get_me)
    assert master.count("/api/v1/me") == 1


def test_connection_error_after_retries_is_typed(master: FakeMaster) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused")

    master.routes[("GET", "/api/v1/experiments/3")] = refuse
    s = Session(**session_kwargs(master, token=master.issue()))
    with pytest.raises(APIConnectionError, match="connection refused") as info:
        s.call(get_experiment, experiment_id=3)
    assert info.value.method == "GET" and info.value.url.endswith("/api/v1/experiments/3")


def scripted(responses: list[httpx.Response]) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: responses.pop(0)


def test_retry_after_seconds_and_cap() -> None:
    slept: list[float] = []
    inner = httpx.MockTransport(
        scripted(
            [
                httpx.Response(429, headers={"Retry-After": "3"}),
                httpx.Response(503, headers={"Retry-After": "3600"}),
                httpx.Response(200),
            ]
        )
    )
    policy = RetryPolicy(max_retries=3, retry_after_cap=30.0)
    with httpx.Client(transport=RetryTransport(inner, policy, sleep=slept.append)) as c:
        assert c.get("http://x/").status_code == 200
    assert slept == [3.0, 30.0]


def test_retry_after_http_date() -> None:
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    assert 8.0 <= (parse_retry_after(when) or 0) <= 10.0
    assert parse_retry_after("garbage") is None and parse_retry_after(None) is None
    assert parse_retry_after("\u00b2") is None  # a digit to str.isdigit(), not to float()
    past = email.utils.formatdate(time.time() - 100, usegmt=True)
    assert parse_retry_after(past) == 0.0


def test_backoff_is_exponential_jittered_and_capped() -> None:
    policy = RetryPolicy(max_retries=10, backoff_base=1.0, backoff_cap=4.0)
    request = httpx.Request("GET", "http://x/")
    error = httpx.ConnectError("refused")
    for attempt, bound in [(0, 1.0), (1, 2.0), (2, 4.0), (6, 4.0)]:
        delays = [policy.wait(request, attempt, error, None) or 0.0 for _ in range(200)]
        assert all(0 <= d <= bound for d in delays)
        assert max(delays) > bound / 2  # jitter spreads over the range
        assert len(set(delays)) > 1


async def test_async_retry_transport() -> None:
    slept: list[float] = []

    async def sleep(s: float) -> None:
        slept.append(s)

    inner = httpx.MockTransport(
        scripted([httpx.Response(502), httpx.Response(504), httpx.Response(200)])
    )
    policy = RetryPolicy(max_retries=2, backoff_base=0.001, backoff_cap=0.002)
    async with httpx.AsyncClient(transport=AsyncRetryTransport(inner, policy, sleep)) as c:
        assert (await c.get("http://x/")).status_code == 200
        assert len(slept) == 2
        inner2 = httpx.MockTransport(scripted([httpx.Response(503)]))
    async with httpx.AsyncClient(transport=AsyncRetryTransport(inner2, policy, sleep)) as c:
        assert (await c.post("http://x/")).status_code == 503


async def test_async_session_retries(master: FakeMaster) -> None:
    flaky(master, "/api/v1/me", [error(429, "ResourceExhausted", "slow down")] * 3)
    async with AsyncSession(**session_kwargs(master, token=master.issue())) as s:
        with pytest.raises(RateLimitError, match="slow down"):
            await s.call(get_me)
    assert master.count("/api/v1/me") == 3


def test_certificate_errors_are_not_retried(master: FakeMaster) -> None:
    """A rejected certificate is rejected again: retrying only delays the error."""
    bad_cert = httpx.ConnectError("certificate verify failed")
    bad_cert.__cause__ = ssl.SSLCertVerificationError(1, "CERTIFICATE_VERIFY_FAILED")
    flaky(master, "/api/v1/me", [bad_cert, bad_cert])
    s = Session(**session_kwargs(master, token=master.issue()))
    with pytest.raises(APIConnectionError):
        s.call(get_me)
    assert master.count("/api/v1/me") == 1


def test_read_timeouts_are_not_retried(master: FakeMaster) -> None:
    """A hang ends within the caller's timeout: retrying would multiply the wait."""
    stall = httpx.ReadTimeout("timed out")
    flaky(master, "/api/v1/me", [stall, stall, stall])
    s = Session(**session_kwargs(master, token=master.issue()))
    with pytest.raises(APITimeoutError):
        s.call(get_me)
    assert master.count("/api/v1/me") == 1
