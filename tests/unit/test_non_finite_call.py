"""Non-finite doubles end to end through Session.call, paginate and a request body.

The master writes a non-finite float or double as "NaN", "Infinity" or "-Infinity"; one
such experiment must not turn a page into an error. (Every double field of every model:
tests/generated/test_non_finite.py.)
"""

from __future__ import annotations

import copy
import json
import math
from typing import Any

import httpx

from determined_api.api.experiments import get_experiment, get_experiments
from determined_api.api.internal import update_job_queue
from determined_api.models import QueueControl, UpdateJobQueueRequest
from determined_client import AsyncSession, Session

from ..spec._spec import operations


def example(op_id: str) -> Any:
    op = operations()[op_id][2]
    return copy.deepcopy(op["responses"]["200"]["content"]["application/json"]["example"])


def page_with_non_finite() -> dict[str, Any]:
    page = example("getExperiments")
    first = page["experiments"][0]
    page["experiments"] = [copy.deepcopy(first) for _ in range(3)]
    for exp, text, exp_id in zip(
        page["experiments"], ("NaN", "Infinity", "-Infinity"), (1, 2, 3), strict=True
    ):
        exp["id"] = exp_id
        exp["bestTrialSearcherMetric"] = text
        exp["progress"] = text
    page["pagination"] = {"offset": 0, "limit": 100, "startIndex": 0, "endIndex": 3, "total": 3}
    return page


def answering(body: Any, seen: list[httpx.Request] | None = None) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_a_page_with_non_finite_metrics_keeps_every_item() -> None:
    with Session(
        "http://m", token="t", cache=False, transport=answering(page_with_non_finite())
    ) as s:
        page = s.call(get_experiments)
        metrics = [e.best_trial_searcher_metric for e in page.experiments]
        progress = [e.progress for e in page.experiments]
        assert [e.id for e in s.paginate(get_experiments)] == [1, 2, 3]
    for values in (metrics, progress):
        assert all(type(v) is float for v in values)
        assert math.isnan(values[0]) and values[1] == math.inf and values[2] == -math.inf


async def test_async_call_reads_them_too() -> None:
    body = example("getExperiment")
    body["experiment"]["bestTrialSearcherMetric"] = "Infinity"
    async with AsyncSession(
        "http://m", token="t", cache=False, async_transport=answering(body)
    ) as s:
        exp = (await s.call(get_experiment, experiment_id=42)).experiment
    assert exp is not None and exp.best_trial_searcher_metric == math.inf


def test_a_non_finite_value_is_sent_as_the_master_reads_it() -> None:
    seen: list[httpx.Request] = []
    with Session("http://m", token="t", cache=False, transport=answering({}, seen)) as s:
        changes = [
            QueueControl(job_id="j1", weight=math.nan),
            QueueControl(job_id="j2", weight=math.inf),
        ]
        s.call(update_job_queue, body=UpdateJobQueueRequest(updates=changes))
    sent = json.loads(seen[0].content)  # valid JSON: no bare NaN
    assert [u["weight"] for u in sent["updates"]] == ["NaN", "Infinity"]
