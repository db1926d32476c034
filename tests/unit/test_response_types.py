"""A 200 whose fields have the wrong JSON types is a response-validation error.

The generated models check scalar types (tests/generated/test_type_validation.py); the
session turns their TypeError into APIResponseValidationError, like any body that does not
fit the model.
"""

from __future__ import annotations

import httpx
import pytest

from determined_api.api.experiments import get_experiment
from determined_client import APIResponseValidationError, AsyncSession, Session

from .conftest import FakeMaster, experiment, session_kwargs

PATH = "/api/v1/experiments/7"
WRONG_ID = r"Experiment\.id: expected int, got str"


def wrong_id(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"experiment": experiment(7) | {"id": "abc"}})


def test_wrongly_typed_field_in_200_is_a_validation_error(master: FakeMaster) -> None:
    master.routes[("GET", PATH)] = wrong_id
    kw = session_kwargs(master, token=master.issue(), max_retries=0, retry=None)
    s = Session(**kw)
    assert s.call(get_experiment, experiment_id=8).experiment.id == 8  # a well-typed body parses
    with pytest.raises(APIResponseValidationError, match=WRONG_ID) as info:
        s.call(get_experiment, experiment_id=7)
    assert info.value.status_code == 200 and info.value.url.endswith(PATH)
    assert not isinstance(info.value, TypeError)


async def test_wrongly_typed_field_in_200_is_a_validation_error_async(master: FakeMaster) -> None:
    master.routes[("GET", PATH)] = wrong_id
    kw = session_kwargs(master, token=master.issue(), max_retries=0, retry=None)
    async with AsyncSession(**kw) as s:
        with pytest.raises(APIResponseValidationError, match=WRONG_ID):
            await s.call(get_experiment, experiment_id=7)
