"""Latency per call against the bench server: each client, each answer size.

In every round each client runs one batch per answer, the order rotated each round;
``gc.collect()`` before every batch, GC left on while timing (as users run). Ratio = median
over rounds of (client's batch median / raw httpx's batch median, same round). Also the
server's own CPU per request, to show it is not what is measured.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._harness import (
    ANSWERS,
    EXPS,
    MASTER,
    RAW,
    RAW_ASYNC,
    Context,
    Goal,
    Report,
    decode_page,
    page_params,
    paired,
    pct,
    us,
)

TITLE = "latency per call"
#: Calls per batch, per answer: a batch takes roughly the same time for each size.
PER_BATCH = {None: 50, 10: 30, 100: 8, 1000: 1}
OURS, OURS_ASYNC = "ours: Session.call", "ours: AsyncSession.call"


@dataclass
class Contender:
    name: str
    calls: dict[str, Callable[[], Any]]  # answer name -> one call
    is_async: bool = False


def contenders(ctx: Context) -> list[Contender]:
    from determined_api.api.cluster import get_cluster_info
    from determined_api.api.experiments import get_experiments

    raw, araw, s, a = ctx.raw(), ctx.raw_async(), ctx.ours(), ctx.ours_async()

    def per_answer(make: Callable[[int | None], Callable[[], Any]]) -> dict[str, Any]:
        return {name: make(size) for name, size in ANSWERS}

    def raw_call(size: int | None) -> Callable[[], Any]:
        path, params = (EXPS if size else MASTER), page_params(size)
        return lambda: decode_page(raw.get(path, params=params))

    def araw_call(size: int | None) -> Callable[[], Any]:
        path, params = (EXPS if size else MASTER), page_params(size)

        async def call() -> Any:
            return decode_page(await araw.get(path, params=params))

        return call

    def op(size: int | None) -> tuple[Any, dict[str, int]]:
        return (get_experiments, page_params(size)) if size else (get_cluster_info, {})

    def ours(size: int | None) -> Callable[[], Any]:
        fn, params = op(size)
        return lambda: s.call(fn, **params)

    def ours_async(size: int | None) -> Callable[[], Any]:
        fn, params = op(size)
        return lambda: a.call(fn, **params)

    def generated(size: int | None) -> Callable[[], Any]:
        fn, params = op(size)
        return lambda: fn.sync(client=s.client, **params)

    found = [
        Contender(RAW, per_answer(raw_call)),
        Contender(RAW_ASYNC, per_answer(araw_call), True),
        Contender(OURS, per_answer(ours)),
        Contender(OURS_ASYNC, per_answer(ours_async), True),
        Contender("generated .sync on s.client", per_answer(generated)),
    ]
    sess = ctx.official()
    if sess is not None:
        from determined.common.api import bindings

        def official(size: int | None) -> Callable[[], Any]:
            if size:
                return lambda: bindings.get_GetExperiments(sess, limit=size, offset=0)
            return lambda: bindings.get_GetMaster(sess)

        found.append(Contender("official SDK bindings", per_answer(official)))
    return found


def batch(ctx: Context, c: Contender, fn: Callable[[], Any], n: int) -> list[int]:
    clock = time.perf_counter_ns
    out: list[int] = []
    if c.is_async:

        async def go() -> None:
            for _ in range(n):
                t0 = clock()
                await fn()
                out.append(clock() - t0)

        ctx.run(go())
    else:
        for _ in range(n):
            t0 = clock()
            fn()
            out.append(clock() - t0)
    return out


def server_cost(ctx: Context) -> list[list[str]]:
    """Server CPU per request next to the raw client's wall time per request."""
    rows = []
    c = ctx.raw()
    for name, size in ANSWERS:
        path, params = (EXPS, page_params(size)) if size else (MASTER, {})
        reps = max(20, PER_BATCH[size] * 10)
        c.get(path, params=params)
        before = ctx.server.stats()
        t0 = time.perf_counter()
        for _ in range(reps):
            decode_page(c.get(path, params=params))
        wall = (time.perf_counter() - t0) / reps
        after = ctx.server.stats()
        served = after["requests"] - before["requests"] - 1  # the stats call itself
        cpu = (after["cpu_s"] - before["cpu_s"]) / max(served, 1)
        rows.append([name, f"{cpu * 1e6:,.0f} µs", f"{wall * 1e6:,.0f} µs", f"{cpu / wall:.0%}"])
    return rows


def run(ctx: Context) -> Report:
    rounds = 3 if ctx.options.quick else ctx.options.rounds
    cs = contenders(ctx)
    samples: dict[tuple[str, str], list[int]] = {}
    per_round: dict[tuple[str, str], list[float]] = {}
    for c in cs:  # warm up every path: connections, first-call caches, lazy imports
        for name, _ in ANSWERS:
            batch(ctx, c, c.calls[name], 3)
    for r in range(rounds):
        for name, size in ANSWERS:
            k = r % len(cs)
            for c in cs[k:] + cs[:k]:  # rotate who goes first
                gc.collect()
                xs = batch(ctx, c, c.calls[name], PER_BATCH[size])
                samples.setdefault((name, c.name), []).extend(xs)
                per_round.setdefault((name, c.name), []).append(statistics.median(xs))

    report = Report()
    report.add(f"## Latency per call ({rounds} interleaved rounds)")
    report.add()
    report.add(
        "ratio = median over rounds of (this client's batch median / raw httpx's batch median "
        "in the same round); async rows also give it against raw *async* httpx, the async "
        "floor. Δ = difference of the overall medians."
    )
    report.add()
    rows = []
    for name, _ in ANSWERS:
        floor = statistics.median(samples[(name, RAW)])
        base, abase = per_round[(name, RAW)], per_round[(name, RAW_ASYNC)]
        for c in cs:
            xs = samples[(name, c.name)]
            med = statistics.median(xs)
            ratio = paired(per_round[(name, c.name)], base)
            vs_async = c.is_async and c.name != RAW_ASYNC
            extra = f" ({paired(per_round[(name, c.name)], abase):.3f}x async)" if vs_async else ""
            rows.append(
                [name, c.name, str(len(xs)), us(med), us(pct(xs, 0.9)),
                 f"{(med - floor) / 1000:+,.0f} µs", f"{ratio:.3f}x{extra}"]
            )  # fmt: skip
    report.table(["answer", "client", "n", "median", "p90", "Δ vs raw", "ratio"], rows, 2)
    report.add("Server CPU per request, next to the raw client's whole round trip:")
    report.add()
    report.table(["answer", "server CPU/request", "raw round trip", "share"], server_cost(ctx))

    def ratio(name: str, who: str, base: str = RAW) -> float:
        return paired(per_round[(name, who)], per_round[(name, base)])

    small = ANSWERS[0][0]
    r = ratio(small, OURS)
    report.goals.append(Goal("≤ 1.05x raw on the small answer (sync)", f"{r:.3f}x", r <= 1.05))
    for name, _ in ANSWERS[1:]:
        r = ratio(name, OURS)
        report.goals.append(Goal(f"≤ 1.0x raw, {name} (sync)", f"{r:.3f}x", r <= 1.0))
    worst = max(ANSWERS, key=lambda a: ratio(a[0], OURS_ASYNC, RAW_ASYNC))[0]
    r = ratio(worst, OURS_ASYNC, RAW_ASYNC)
    all_async = ", ".join(f"{ratio(n, OURS_ASYNC, RAW_ASYNC):.3f}x" for n, _ in ANSWERS)
    report.goals.append(
        Goal("async within 1.05x of raw async httpx", f"{all_async} (small → 1000)", r <= 1.05)
    )
    return report
