"""Issue 10's smaller ones: one log line per login, readable model reprs, redirects that say
where they point, and a value that does not parse named as not fitting the model."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from determined_api.api.experiments import get_experiment, get_experiments
from determined_api.api.models import get_models
from determined_api.api.users import get_me
from determined_api.models.api_error import ApiError
from determined_api.models.api_error_detail import ApiErrorDetail
from determined_api.models.experiment import Experiment
from determined_client import APIResponseValidationError, APIStatusError, AsyncSession, Session

from .conftest import FakeMaster, experiment, session_kwargs

PATH = "/api/v1/experiments/7"


# ---------------------------------------------------------------- one INFO line per login
def login_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.INFO and "logging in" in r.getMessage()
    ]


def test_one_login_is_logged_once(master: FakeMaster, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="determined_client")
    s = Session(**session_kwargs(master, username="alice", password="secret"))
    s.login()
    assert login_lines(caplog) == ["logging in to http://det.test:8080 as alice"]
    s.call(get_me)  # the token is reused: no login, no line
    assert len(login_lines(caplog)) == 1
    master.tokens.clear()
    s.call(get_me)  # expired: one more login, one more line
    assert len(login_lines(caplog)) == 2 and master.logins == 2


async def test_one_async_login_is_logged_once(
    master: FakeMaster, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="determined_client")
    async with AsyncSession(**session_kwargs(master, username="alice", password="secret")) as s:
        await s.call(get_me)  # a lazy login
    assert len(login_lines(caplog)) == 1


# ---------------------------------------------------------------- reprs
def test_model_reprs_show_unset_not_an_address() -> None:
    err = ApiError.from_dict({"error": {"code": 5, "reason": "NotFound", "error": "gone"}})
    text = repr(err)
    assert " object at 0x" not in text
    assert "message=UNSET" in text and "ApiErrorDetail(" in text
    assert " object at 0x" not in repr(ApiErrorDetail())
    assert " object at 0x" not in repr(Experiment.from_dict(experiment(1)))


# ---------------------------------------------------------------- redirects
def redirecting(status: int, location: str | None) -> Session:
    headers = {} if location is None else {"Location": location}
    transport = httpx.MockTransport(lambda r: httpx.Response(status, headers=headers))
    return Session("http://det.test:8080", token="t", cache=False, transport=transport)


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize(
    ("location", "shown"),
    [
        ("https://det.test:8443/api/v1/me", "https://det.test:8443/api/v1/me"),
        ("https://det.test/api/v1/me", "https://det.test/api/v1/me"),
        ("/det/api/v1/me", "http://det.test:8080/det/api/v1/me"),  # relative: resolved
        ("https://bob:hunter2@sso.test/login?token=hunter2#hunter2", "https://sso.test/login"),
    ],
)
def test_a_redirect_says_where_it_points(status: int, location: str, shown: str) -> None:
    with pytest.raises(APIStatusError) as info:
        redirecting(status, location).call(get_me)
    text = str(info.value)
    assert info.value.status_code == status
    assert f"redirected to {shown};" in text
    assert "hunter2" not in text and "DET_MASTER" in text


def test_a_redirect_without_location_says_so() -> None:
    with pytest.raises(APIStatusError, match="without a usable Location"):
        redirecting(302, None).call(get_me)


def test_other_statuses_have_no_redirect_note() -> None:
    with pytest.raises(APIStatusError) as info:
        redirecting(304, "https://elsewhere.test/").call(get_me)
    assert "redirected" not in str(info.value)


# ---------------------------------------------------------------- values that do not parse
def answering(master: FakeMaster, body: dict[str, Any], path: str = PATH) -> Session:
    master.routes[("GET", path)] = lambda r: httpx.Response(200, json=body)
    return Session(**session_kwargs(master, token=master.issue()))


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"startTime": "yesterday"}, "Experiment.startTime"),
        ({"startTime": "2024-13-45T99:00:00Z"}, "Experiment.startTime"),
        ({"endTime": "not a date"}, "Experiment.endTime"),
        ({"id": "seven"}, "Experiment.id"),
        ({"state": 3}, "Experiment.state"),
    ],
)
def test_a_value_that_does_not_parse_does_not_fit_the_model(
    master: FakeMaster, change: dict[str, Any], where: str
) -> None:
    """The issue's case: a bad date was reported as "is not valid JSON"."""
    s = answering(master, {"experiment": {**experiment(7), **change}})
    with pytest.raises(APIResponseValidationError) as info:
        s.call(get_experiment, experiment_id=7)
    text = str(info.value)
    assert "not valid JSON" not in text
    assert "does not fit the model" in text and where in text
    assert info.value.body == {"experiment": {**experiment(7), **change}}


def test_a_missing_required_field_is_named(master: FakeMaster) -> None:
    body = {"experiment": {k: v for k, v in experiment(7).items() if k != "name"}}
    with pytest.raises(APIResponseValidationError, match=r"at Experiment\.name \(KeyError"):
        answering(master, body).call(get_experiment, experiment_id=7)


def test_a_bad_date_in_a_list_item_is_named(master: FakeMaster) -> None:
    items = [experiment(1), {**experiment(2), "startTime": "soon"}]
    body = {"experiments": items, "pagination": {"endIndex": 2, "total": 2}}
    s = answering(master, body, path="/api/v1/experiments")
    with pytest.raises(APIResponseValidationError, match=r"Experiment\.startTime"):
        s.call(get_experiments)


def test_a_bad_date_in_another_model_is_named(master: FakeMaster) -> None:
    model = {
        "id": 1,
        "name": "m",
        "username": "u",
        "userId": 1,
        "creationTime": "2024-01-01T00:00:00Z",
        "lastUpdatedTime": "last tuesday",
        "archived": False,
        "metadata": {},
        "numVersions": 0,
        "workspaceId": 1,
    }
    body = {"models": [model], "pagination": {"endIndex": 1, "total": 1}}
    s = answering(master, body, path="/api/v1/models")
    with pytest.raises(APIResponseValidationError, match=r"at Model\.lastUpdatedTime"):
        s.call(get_models)
