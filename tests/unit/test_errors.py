"""Typed errors: the class per status, the message from every body shape, parse failures."""

from __future__ import annotations

import httpx
import pytest

from determined_api.api.experiments import get_experiment, get_experiments
from determined_api.api.users import get_me
from determined_client import (
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncSession,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DeterminedError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Session,
    UnprocessableEntityError,
)

from .conftest import FakeMaster, session_kwargs

PATH = "/api/v1/experiments/7"


def answer(master: FakeMaster, response: httpx.Response, path: str = PATH) -> Session:
    master.routes[("GET", path)] = lambda r: response
    return Session(**session_kwargs(master, token=master.issue(), max_retries=0, retry=None))


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (412, APIStatusError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (501, InternalServerError),
        (503, InternalServerError),
    ],
)
def test_status_maps_to_class(master: FakeMaster, status: int, cls: type[APIStatusError]) -> None:
    body = {"error": {"code": 5, "reason": "NotFound", "error": "experiment not found: 7"}}
    s = answer(master, httpx.Response(status, json=body))
    with pytest.raises(cls) as info:
        s.call(get_experiment, experiment_id=7)
    e = info.value
    assert type(e) is cls and isinstance(e, DeterminedError)
    assert e.status_code == status and e.message == "experiment not found: 7"
    assert e.body == body and e.method == "GET" and e.url == f"http://det.test:8080{PATH}"
    assert "experiment not found: 7" in str(e) and str(status) in str(e)


@pytest.mark.parametrize(
    ("response", "message"),
    [
        (
            httpx.Response(404, json={"code": 5, "message": "gw says no", "details": []}),
            "gw says no",
        ),
        (httpx.Response(404, json={"message": "plain route"}), "plain route"),
        (
            httpx.Response(502, html="<html><body><h1>502 Bad Gateway</h1></body></html>"),
            "502 Bad Gateway",
        ),
        (httpx.Response(503, text="upstream connect error"), "upstream connect error"),
        (httpx.Response(500, text=""), "Internal Server Error"),
        (httpx.Response(500, text="x" * 5000), "x" * 200 + "..."),
    ],
)
def test_message_from_every_body_shape(
    master: FakeMaster, response: httpx.Response, message: str
) -> None:
    s = answer(master, response)
    with pytest.raises(APIStatusError) as info:
        s.call(get_experiment, experiment_id=7)
    assert info.value.message == message


def test_direct_generated_call_raises_typed_error_even_for_html(master: FakeMaster) -> None:
    s = answer(master, httpx.Response(502, html="<h1>Bad Gateway</h1>"))
    with pytest.raises(InternalServerError, match="Bad Gateway"):
        get_experiment.sync(client=s.client, experiment_id=7)


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="not json"),
        httpx.Response(200, html="<html>captive portal</html>"),
        httpx.Response(200, json={"unexpected": True}),
        httpx.Response(200, json={"experiment": {"id": "x"}}),
        httpx.Response(200, json={"experiment": {**{"id": 1}, "startTime": "yesterday"}}),
        httpx.Response(200, json=[1, 2, 3]),
        httpx.Response(200, json=None),
        httpx.Response(204),
    ],
)
def test_bad_200_is_a_validation_error(master: FakeMaster, response: httpx.Response) -> None:
    s = answer(master, response)
    with pytest.raises(APIResponseValidationError) as info:
        s.call(get_experiment, experiment_id=7)
    assert not isinstance(info.value, KeyError | TypeError | ValueError)
    assert info.value.url.endswith(PATH)


def test_list_with_bad_item_is_a_validation_error(master: FakeMaster) -> None:
    body = {"experiments": [{"id": 1}], "pagination": {}}
    s = answer(master, httpx.Response(200, json=body), path="/api/v1/experiments")
    with pytest.raises(APIResponseValidationError, match="does not fit"):
        s.call(get_experiments)


def test_callers_own_bad_arguments_are_not_masked(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, token=master.issue()))
    with pytest.raises(TypeError):
        s.call(get_experiment, no_such_argument=1)
    assert master.requests == []


def test_timeout_is_typed(master: FakeMaster) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    s = answer(master, httpx.Response(200))
    master.routes[("GET", PATH)] = slow
    with pytest.raises(APITimeoutError, match="timed out"):
        s.call(get_experiment, experiment_id=7)


async def test_async_errors(master: FakeMaster) -> None:
    master.routes[("GET", PATH)] = lambda r: httpx.Response(200, text="{broken")
    async with AsyncSession(**session_kwargs(master, token=master.issue())) as s:
        with pytest.raises(APIResponseValidationError, match="is not JSON"):
            await s.call(get_experiment, experiment_id=7)
        master.routes[("GET", PATH)] = lambda r: httpx.Response(404, json={"message": "no"})
        with pytest.raises(NotFoundError, match="no"):
            await s.call(get_experiment, experiment_id=7)
        with pytest.raises(NotFoundError):  # the plain generated async call too
            await get_experiment.asyncio(client=s.client, experiment_id=7)
        assert (await s.call(get_me)).user.username == "determined"
