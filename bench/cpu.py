"""Client CPU per call without the network: the same bodies through ``httpx.MockTransport``.

``time.process_time`` per call: what the client itself burns, without the loopback round
trip and with less of a shared machine's noise. Each client against the raw client of the
same kind (sync or async), in the same round.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx

from ._harness import EXPS, MASTER, TOKEN_HEADER, Context, Report, decode_page, paired

TITLE = "client CPU without the network"


def run(ctx: Context) -> Report:
    from bench.payloads import Corpus
    from determined_api.api.cluster import get_cluster_info
    from determined_api.api.experiments import get_experiments
    from determined_client import AsyncSession, Session

    corpus = Corpus(100)
    bodies = {MASTER: corpus.master, EXPS: corpus.page(100, 0), "/api/v1/auth/login": corpus.login}

    def handler(request: httpx.Request) -> httpx.Response:
        body = bodies[request.url.path]
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    mock = httpx.MockTransport(handler)
    raw = httpx.Client(base_url="http://bench", transport=mock, headers=TOKEN_HEADER)
    araw = httpx.AsyncClient(base_url="http://bench", transport=mock, headers=TOKEN_HEADER)
    kw: dict[str, Any] = {"username": "determined", "password": "", "cache": False}
    s = Session("http://bench", **kw, transport=mock)
    a = AsyncSession("http://bench", **kw, async_transport=mock)
    ctx.on_close(raw.close)
    ctx.on_close(s.close)
    ctx.on_close(lambda: ctx.run(araw.aclose()))
    ctx.on_close(lambda: ctx.run(a.close()))
    s.login()
    ctx.run(a.login())
    p100 = {"limit": 100, "offset": 0}

    async def araw_get(path: str, params: dict[str, int]) -> Any:
        return decode_page(await araw.get(path, params=params))

    small, page = "master info (small)", "experiments, page of 100"
    cases: list[tuple[str, str, Callable[[], Any], bool]] = [
        (small, "raw httpx", lambda: decode_page(raw.get(MASTER)), False),
        (small, "ours: Session.call", lambda: s.call(get_cluster_info), False),
        (small, "raw httpx async", lambda: araw_get(MASTER, {}), True),
        (small, "ours: AsyncSession.call", lambda: a.call(get_cluster_info), True),
        (page, "raw httpx", lambda: decode_page(raw.get(EXPS, params=p100)), False),
        (page, "ours: Session.call", lambda: s.call(get_experiments, **p100), False),
        (page, "raw httpx async", lambda: araw_get(EXPS, p100), True),
        (page, "ours: AsyncSession.call", lambda: a.call(get_experiments, **p100), True),
    ]
    rounds = 6 if ctx.options.quick else 25
    times: dict[tuple[str, str], list[float]] = {(answer, who): [] for answer, who, _, _ in cases}
    for r in range(rounds):
        for answer, who, call, is_async in cases:
            n = 100 if answer == small else 10
            t0 = time.process_time()
            if is_async:

                async def go(call: Callable[[], Any] = call, n: int = n) -> None:
                    for _ in range(n):
                        await call()

                ctx.run(go())
            else:
                for _ in range(n):
                    call()
            if r:  # round 0 warms up
                times[(answer, who)].append((time.process_time() - t0) / n)

    report = Report()
    report.add("## Client CPU per call without the network (httpx.MockTransport, same bodies)")
    report.add()
    report.add("ratio: median over rounds of this / the raw client of the same kind, same round")
    report.add()
    rows = []
    for answer, who, _, is_async in cases:
        base = times[(answer, "raw httpx async" if is_async else "raw httpx")]
        xs = times[(answer, who)]
        cpu, floor = statistics.median(xs), statistics.median(base)
        rows.append(
            [answer, who, f"{cpu * 1e6:,.1f} µs", f"{(cpu - floor) * 1e6:+,.1f} µs",
             f"{paired(xs, base):.3f}x"]
        )  # fmt: skip
    report.table(["answer", "client", "CPU per call (median)", "Δ vs raw", "ratio"], rows, 2)
    return report
