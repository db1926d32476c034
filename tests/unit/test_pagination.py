"""Pagination over any generated list operation, sync and async."""

from __future__ import annotations

import httpx
import pytest

from determined_api.api.experiments import get_experiment, get_experiments
from determined_api.api.users import get_users
from determined_client import APIResponseValidationError, AsyncSession, Session

from .conftest import FakeMaster, experiment, session_kwargs


@pytest.mark.parametrize(
    ("n", "page_size", "pages"), [(5, 2, 3), (4, 2, 2), (0, 10, 1), (7, 100, 1)]
)
def test_paginate_all_items(master: FakeMaster, n: int, page_size: int, pages: int) -> None:
    master.n_experiments = n
    s = Session(**session_kwargs(master, token=master.issue()))
    ids = [e.id for e in s.paginate(get_experiments, page_size=page_size, archived=False)]
    assert ids == list(range(n))
    reqs = [r for r in master.requests if r.url.path == "/api/v1/experiments"]
    assert len(reqs) == pages
    assert [r.url.params["offset"] for r in reqs] == [str(i * page_size) for i in range(pages)]
    assert all(r.url.params["limit"] == str(page_size) for r in reqs)
    assert all(r.url.params["archived"] == "false" for r in reqs)


def test_paginate_is_lazy(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, token=master.issue()))
    it = s.paginate(get_experiments, page_size=2)
    assert master.requests == []
    assert next(iter(it)).id == 0
    assert master.count("/api/v1/experiments") == 1


def test_server_that_does_not_advance_raises(master: FakeMaster) -> None:
    def stuck(request: httpx.Request) -> httpx.Response:
        pagination = {"offset": 0, "endIndex": 2, "total": 10}
        return httpx.Response(
            200, json={"experiments": [experiment(0), experiment(1)], "pagination": pagination}
        )

    master.routes[("GET", "/api/v1/experiments")] = stuck
    s = Session(**session_kwargs(master, token=master.issue()))
    with pytest.raises(APIResponseValidationError, match="did not advance"):
        list(s.paginate(get_experiments, page_size=2))
    assert master.count("/api/v1/experiments") == 2


def test_short_page_without_pagination_is_the_last(master: FakeMaster) -> None:
    body = {"experiments": [experiment(0)], "pagination": {}}
    master.routes[("GET", "/api/v1/experiments")] = lambda r: httpx.Response(200, json=body)
    s = Session(**session_kwargs(master, token=master.issue()))
    assert len(list(s.paginate(get_experiments))) == 1
    assert master.count("/api/v1/experiments") == 1


def user(i: int) -> dict[str, object]:
    return {"id": i, "username": f"user{i}", "admin": False, "active": True}


def test_full_pages_without_pagination_keep_going(master: FakeMaster) -> None:
    """getUsers may come without pagination (older masters): nothing is dropped."""
    everyone = [user(i) for i in range(5)]

    def no_pagination(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        return httpx.Response(200, json={"users": everyone[offset : offset + limit]})

    master.routes[("GET", "/api/v1/users")] = no_pagination
    s = Session(**session_kwargs(master, token=master.issue()))
    assert [u.id for u in s.paginate(get_users, page_size=2)] == [0, 1, 2, 3, 4]
    assert master.count("/api/v1/users") == 3


def test_full_pages_without_pagination_that_ignore_offset_stop(master: FakeMaster) -> None:
    body = {"users": [user(0), user(1)]}
    master.routes[("GET", "/api/v1/users")] = lambda r: httpx.Response(200, json=body)
    s = Session(**session_kwargs(master, token=master.issue()))
    with pytest.raises(APIResponseValidationError, match="did not advance"):
        list(s.paginate(get_users, page_size=2))
    assert master.count("/api/v1/users") == 2


def test_absent_item_list_is_an_empty_page(master: FakeMaster) -> None:
    master.routes[("GET", "/api/v1/users")] = lambda r: httpx.Response(
        200, json={"pagination": {"endIndex": 0, "total": 0}}
    )
    s = Session(**session_kwargs(master, token=master.issue()))
    assert list(s.paginate(get_users)) == []


def test_null_item_list_breaks_the_contract(master: FakeMaster) -> None:
    """A master always sends repeated fields (presence "always"): null is not a page."""
    master.routes[("GET", "/api/v1/users")] = lambda r: httpx.Response(200, json={"users": None})
    s = Session(**session_kwargs(master, token=master.issue()))
    with pytest.raises(APIResponseValidationError, match=r"GetUsersResponse\.users"):
        list(s.paginate(get_users))


def test_not_a_list_operation_and_bad_page_size(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, token=master.issue()))
    with pytest.raises(TypeError, match="get_experiment is not a paginated"):
        s.paginate(get_experiment, experiment_id=1)
    with pytest.raises(ValueError, match="page_size"):
        s.paginate(get_experiments, page_size=0)
    with pytest.raises(ValueError, match="offset"):  # counts from the end: would wrap around
        s.paginate(get_experiments, offset=-4)
    with pytest.raises(TypeError, match="sets limit itself: use page_size="):
        s.paginate(get_experiments, limit=10)  # type: ignore[call-arg]
    assert master.requests == []


def test_only_list_operations_have_pages() -> None:
    """paginate() takes what has a pages(): the generator writes one for every operation
    with limit/offset whose answer has one list and a pagination."""
    import importlib
    import pkgutil

    import determined_api.api

    paged = []
    for tag in pkgutil.iter_modules(determined_api.api.__path__):
        package = importlib.import_module(f"determined_api.api.{tag.name}")
        for op in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{op.name}")
            if hasattr(module, "pages"):
                paged.append(op.name)
    assert {"get_experiments", "get_users", "get_models", "get_templates"} <= set(paged)
    assert "get_access_tokens" in paged and "get_experiment" not in paged


async def test_async_paginate(master: FakeMaster) -> None:
    master.n_experiments = 7
    async with AsyncSession(**session_kwargs(master, token=master.issue())) as s:
        ids = [e.id async for e in s.paginate(get_experiments, page_size=3)]
    assert ids == list(range(7))
    assert master.count("/api/v1/experiments") == 3
