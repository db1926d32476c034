"""`Prefer`: the typed Prism preference, its header, and where it is (not) sent."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from determined_api.api.experiments import get_experiment
from determined_client import AsyncSession, NotFoundError, Prefer, Session

from .conftest import FakeMaster, session_kwargs


@pytest.mark.parametrize(
    ("prefer", "header"),
    [
        (Prefer(code=404), "code=404"),
        (Prefer(example="notFound"), 'example="notFound"'),
        (Prefer(dynamic=True), "dynamic=true"),
        (Prefer(code=200, example="two words", dynamic=False, seed="7"),
         'code=200, example="two words", dynamic=false, seed="7"'),
    ],
)  # fmt: skip
def test_the_header_prism_parses(prefer: Prefer, header: str) -> None:
    assert str(prefer) == header


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"code": 99},
        {"code": 600},
        {"code": True},
        {"example": ""},
        {"example": 'a"b'},
        {"example": "a,b"},
        {"example": "a;b"},
        {"example": "a\r\nX-Injected: 1"},
        {"seed": "1\n"},
    ],
)
def test_what_prism_cannot_parse_is_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="Prefer"):
        Prefer(**kwargs)  # type: ignore[arg-type]


def seen(master: FakeMaster) -> list[tuple[str, str | None]]:
    return [(r.url.path, r.headers.get("Prefer")) for r in master.requests]


def test_sent_on_the_call_only_never_on_its_login_or_logout(master: FakeMaster) -> None:
    """(A real master ignores the header; this fake answers 404 whatever it says.)"""
    missing = "/api/v1/experiments/404"
    master.routes[("GET", missing)] = lambda r: httpx.Response(404, json={"message": "gone"})
    kwargs = session_kwargs(master, username="determined", password="", cache=False)
    with Session(**kwargs) as session:
        with pytest.raises(NotFoundError):
            session.call(get_experiment, experiment_id=404, prefer=Prefer(code=404))
        assert session.call(get_experiment, experiment_id=1).experiment.id == 1
        session.logout()
    assert seen(master) == [
        ("/api/v1/auth/login", None),
        (missing, "code=404"),
        ("/api/v1/experiments/1", None),  # the next call is plain again
        ("/api/v1/auth/logout", None),
    ]


async def test_async_sent_on_the_call_only(master: FakeMaster) -> None:
    kwargs = session_kwargs(master, username="determined", password="", cache=False)
    async with AsyncSession(**kwargs) as session:
        await session.call(get_experiment, experiment_id=1, prefer="code=200")
    assert seen(master) == [("/api/v1/auth/login", None), ("/api/v1/experiments/1", "code=200")]


@pytest.mark.parametrize("bad", ["", "   ", "code=404\r\nX: y", 404])
def test_a_bad_raw_value_fails_before_any_request(master: FakeMaster, bad: object) -> None:
    kwargs = session_kwargs(master, token=master.issue(), max_retries=0)
    with Session(**kwargs) as session, pytest.raises(ValueError, match="prefer"):
        session.call(get_experiment, experiment_id=1, prefer=bad)  # type: ignore[arg-type]
    assert master.requests == []


def test_a_block_applies_to_every_call_inside_it(master: FakeMaster) -> None:
    """Code under test makes its own calls: `with Prefer(...)` reaches them; the innermost
    block wins, a call's own prefer= wins over any block, and nothing outlives the block."""
    kwargs = session_kwargs(master, username="determined", password="", cache=False)
    with Session(**kwargs) as session:
        with Prefer(code=404) as outer:
            assert outer == Prefer(code=404)
            session.call(get_experiment, experiment_id=1)  # logs in first, unmarked
            with Prefer(code=500):
                session.call(get_experiment, experiment_id=2)
            session.call(get_experiment, experiment_id=3, prefer="code=409")
            session.call(get_experiment, experiment_id=4)
        session.call(get_experiment, experiment_id=5)
    assert seen(master) == [
        ("/api/v1/auth/login", None),
        ("/api/v1/experiments/1", "code=404"),
        ("/api/v1/experiments/2", "code=500"),
        ("/api/v1/experiments/3", "code=409"),
        ("/api/v1/experiments/4", "code=404"),
        ("/api/v1/experiments/5", None),
    ]


async def test_a_block_reaches_tasks_started_inside_it(master: FakeMaster) -> None:
    kwargs = session_kwargs(master, username="determined", password="", cache=False)
    async with AsyncSession(**kwargs) as session:
        await session.login()
        with Prefer(example="one"):
            await asyncio.gather(*(session.call(get_experiment, experiment_id=i) for i in (1, 2)))
        await session.call(get_experiment, experiment_id=3)
    assert sorted(seen(master)[1:]) == [
        ("/api/v1/experiments/1", 'example="one"'),
        ("/api/v1/experiments/2", 'example="one"'),
        ("/api/v1/experiments/3", None),
    ]
