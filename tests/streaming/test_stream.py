"""Session.stream / AsyncSession.stream against a local chunked NDJSON master.

Typed items per line, error lines and error statuses as typed errors, no read timeout with
follow=true (connect timeout kept), the connection closed when the loop is left, and login,
re-login and retries when the stream starts.
"""

from __future__ import annotations

import asyncio
import datetime
import time
from collections.abc import Iterator

import httpx
import pytest

from determined_api.api.experiments import get_experiment, trial_logs
from determined_api.api.jobs import task_logs
from determined_api.models import TrialLogsResponse
from determined_client import (
    APIResponseValidationError,
    APITimeoutError,
    AsyncSession,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RetryPolicy,
    Session,
    hash_password,
)
from determined_client._streaming import stream_timeout

from .ndjson_master import Answer, NdjsonMaster, log_line

PATH = "/api/v1/trials/7/logs"
FAST = RetryPolicy(max_retries=2, backoff_base=0.001, backoff_cap=0.005)


@pytest.fixture
def master() -> Iterator[NdjsonMaster]:
    with NdjsonMaster(password_hash=hash_password("secret")) as m:
        yield m


def session(master: NdjsonMaster, **kw: object) -> Session:
    kw.setdefault("token", master.issue())
    return Session(master.url, cache=False, retry=FAST, **kw)  # type: ignore[arg-type]


def test_yields_typed_items_one_per_result_line(master: NdjsonMaster) -> None:
    master.script(PATH, Answer(lines=[log_line(1), "", log_line(2), log_line(3)]))
    with session(master) as s:
        items = list(s.stream(trial_logs, trial_id=7))
    assert [type(i) for i in items] == [TrialLogsResponse] * 3
    assert [i.message for i in items] == ["step 1\n", "step 2\n", "step 3\n"]
    assert items[0].timestamp == datetime.datetime(2026, 11, 30, 12, 0, 1, tzinfo=datetime.UTC)
    assert items[0].level == "LOG_LEVEL_INFO"
    method, path, _ = master.requests[0]
    assert (method, path) == ("GET", PATH)


def test_items_arrive_before_the_stream_ends(master: NdjsonMaster) -> None:
    master.script(PATH, Answer(lines=[log_line(1), log_line(2)], pause=0.4))
    with session(master) as s:
        start = time.monotonic()
        first = next(iter(s.stream(trial_logs, trial_id=7)))
        assert first.message == "step 1\n"
        assert time.monotonic() - start < 0.75  # not after the whole body


@pytest.mark.parametrize(
    ("error", "kind", "status"),
    [
        ({"grpcCode": 5, "httpCode": 404, "message": "trial 7 not found"}, NotFoundError, 404),
        (
            {"grpcCode": 7, "message": "denied", "httpStatus": "Forbidden"},
            PermissionDeniedError,
            403,
        ),
        ({"message": "broken"}, InternalServerError, 500),
    ],
)
def test_an_error_line_raises_the_typed_error_after_the_items_before_it(
    master: NdjsonMaster, error: dict[str, object], kind: type[Exception], status: int
) -> None:
    master.script(PATH, Answer(lines=[log_line(1), {"error": error}, log_line(2)]))
    got: list[TrialLogsResponse] = []
    with session(master) as s, pytest.raises(kind) as info:
        for item in s.stream(trial_logs, trial_id=7):
            got.append(item)
    assert [i.message for i in got] == ["step 1\n"]
    assert info.value.status_code == status  # type: ignore[attr-defined]
    assert str(error["message"]) in str(info.value)


def test_an_error_status_before_the_first_line_raises(master: NdjsonMaster) -> None:
    body = {"error": {"grpcCode": 5, "httpCode": 404, "message": "trial 7 not found"}}
    master.script(PATH, Answer(status=404, lines=[body]))
    with session(master) as s, pytest.raises(NotFoundError, match="trial 7 not found"):
        next(iter(s.stream(trial_logs, trial_id=7)))


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("<html>sign in</html>", "is not JSON"),
        ("[1, 2]", "is not a JSON object"),
        ('{"other": 1}', "neither result nor error"),
        ('{"result": {"id": 1}}', "does not fit the model"),
    ],
)
def test_a_line_that_is_not_a_stream_line_is_a_validation_error(
    master: NdjsonMaster, line: str, words: str
) -> None:
    master.script(PATH, Answer(lines=[log_line(1), line]))
    with session(master) as s, pytest.raises(APIResponseValidationError, match=words):
        list(s.stream(trial_logs, trial_id=7))


def test_follow_has_no_read_timeout(master: NdjsonMaster) -> None:
    master.script(PATH, Answer(lines=[log_line(1), log_line(2)], pause=0.6))
    with session(master, timeout=httpx.Timeout(0.3)) as s:
        items = list(s.stream(trial_logs, trial_id=7, follow=True))
        assert len(items) == 2
        master.script(PATH, Answer(lines=[log_line(1)], pause=0.6))
        with pytest.raises(APITimeoutError):  # the same pause without follow times out
            list(s.stream(trial_logs, trial_id=7))


def test_follow_keeps_the_connect_timeout() -> None:
    base = httpx.Timeout(60.0, connect=5.0)
    followed = stream_timeout(base, follow=True)
    assert (followed.connect, followed.read) == (5.0, None)
    assert stream_timeout(base, follow=False) == base


def test_a_followed_stream_is_sent_with_the_connect_timeout() -> None:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, content=b"")

    transport = httpx.MockTransport(handler)
    timeout = httpx.Timeout(30.0, connect=2.0)
    with Session("http://m", token="t", cache=False, timeout=timeout, transport=transport) as s:
        list(s.stream(trial_logs, trial_id=7, follow=True))
        list(s.stream(trial_logs, trial_id=7, timeout=9))
    assert (seen[0]["connect"], seen[0]["read"]) == (2.0, None)
    assert (seen[1]["connect"], seen[1]["read"]) == (9.0, 9.0)


def test_leaving_the_loop_closes_the_connection(master: NdjsonMaster) -> None:
    master.script(PATH, Answer(lines=[log_line(1), log_line(2)], hold_open=10))
    with session(master) as s:
        for item in s.stream(trial_logs, trial_id=7, follow=True):
            assert item.message == "step 1\n"
            break
        assert master.disconnected.wait(5)


def test_logs_in_and_logs_in_again_on_401(master: NdjsonMaster) -> None:
    master.script(PATH, Answer(lines=[log_line(1)]))
    s = Session(master.url, username="u", password="secret", cache=False, retry=FAST)
    assert [i.message for i in s.stream(trial_logs, trial_id=7)] == ["step 1\n"]
    master.tokens.clear()  # every token expires
    assert [i.message for i in s.stream(trial_logs, trial_id=7)] == ["step 1\n"]
    bearers = [bearer for _, path, bearer in master.requests if path.startswith(PATH)]
    assert bearers == ["tok-1", "tok-1", "tok-2"]


def test_a_token_only_session_raises_on_401(master: NdjsonMaster) -> None:
    master.script(PATH, Answer(lines=[log_line(1)]))
    with Session(master.url, token="expired", cache=False) as s, pytest.raises(AuthenticationError):
        list(s.stream(trial_logs, trial_id=7))


def test_starting_the_stream_is_retried(master: NdjsonMaster) -> None:
    master.script(
        PATH,
        Answer(status=503, lines=[{"error": {"message": "busy"}}]),
        Answer(lines=[log_line(1)]),
    )
    with session(master) as s:
        assert [i.message for i in s.stream(trial_logs, trial_id=7)] == ["step 1\n"]
    assert len([p for _, p, _ in master.requests if p.startswith(PATH)]) == 2


def test_query_parameters_reach_the_master(master: NdjsonMaster) -> None:
    master.script("/api/v1/tasks/trial-7/logs", Answer(lines=[]))
    with session(master) as s:
        assert (
            list(s.stream(task_logs, task_id="trial-7", follow=True, levels=["LOG_LEVEL_ERROR"]))
            == []
        )
    _, path, _ = master.requests[0]
    assert "follow=true" in path and "levels=LOG_LEVEL_ERROR" in path


def test_call_and_stream_refuse_each_others_operations(master: NdjsonMaster) -> None:
    with session(master) as s:
        with pytest.raises(TypeError, match="use stream"):
            s.call(trial_logs, trial_id=7)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="does not stream"):
            s.stream(get_experiment, experiment_id=1)  # type: ignore[arg-type]
    assert master.requests == []


# -- async --------------------------------------------------------------------------------


async def test_async_yields_typed_items(master: NdjsonMaster) -> None:
    master.script(PATH, Answer(lines=[log_line(1), log_line(2)]))
    async with AsyncSession(master.url, token=master.issue(), cache=False, retry=FAST) as s:
        items = [i async for i in s.stream(trial_logs, trial_id=7)]
    assert [i.message for i in items] == ["step 1\n", "step 2\n"]
    assert all(isinstance(i, TrialLogsResponse) for i in items)


async def test_async_error_line_and_follow(master: NdjsonMaster) -> None:
    error = {"error": {"grpcCode": 5, "httpCode": 404, "message": "gone"}}
    master.script(PATH, Answer(lines=[log_line(1), log_line(2), error], pause=0.4))
    async with AsyncSession(
        master.url, token=master.issue(), cache=False, retry=FAST, timeout=httpx.Timeout(0.25)
    ) as s:
        got = []
        with pytest.raises(NotFoundError, match="gone"):
            async for item in s.stream(trial_logs, trial_id=7, follow=True):
                got.append(item.message)
    assert got == ["step 1\n", "step 2\n"]


async def test_async_leaving_the_loop_closes_the_connection(master: NdjsonMaster) -> None:
    master.script(PATH, Answer(lines=[log_line(1)], hold_open=10))
    async with AsyncSession(master.url, token=master.issue(), cache=False, retry=FAST) as s:
        lines = s.stream(trial_logs, trial_id=7, follow=True)
        async for _ in lines:
            break
        await lines.aclose()  # type: ignore[attr-defined]
        assert await asyncio.to_thread(master.disconnected.wait, 5)


async def test_async_relogin_on_401(master: NdjsonMaster) -> None:
    master.script(PATH, Answer(lines=[log_line(1)]))
    async with AsyncSession(master.url, username="u", password="secret", cache=False) as s:
        master.tokens.clear()
        await s.login()
        master.tokens.clear()
        assert [i.message async for i in s.stream(trial_logs, trial_id=7)] == ["step 1\n"]
