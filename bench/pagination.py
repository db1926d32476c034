"""Pagination: every one of the server's 10,000 experiments, page after page.

Clients are made and logged in once, outside the timed part: only the iteration is timed.
Interleaved rounds, each pass against the raw loop of its kind (sync or async) in the same
round. Every loop drops a page before fetching the next (holding two costs ~25 %).
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable

from ._harness import EXPS, Context, Goal, Report, decode_page, paired

TITLE = "pagination over 10,000 experiments"
RAW_LOOP, RAW_ASYNC_LOOP = "raw httpx loop + json.loads", "raw httpx async loop + json.loads"
OURS, OURS_ASYNC = "ours: Session.paginate", "ours: AsyncSession.paginate"


def runners(ctx: Context, size: int) -> list[tuple[str, Callable[[], int], bool]]:
    from determined_api.api.experiments import get_experiments

    c, ac, s, a = ctx.raw(), ctx.raw_async(), ctx.ours(), ctx.ours_async()

    def raw() -> int:
        n, offset = 0, 0
        while True:
            page = decode_page(c.get(EXPS, params={"limit": size, "offset": offset}))
            for _ in page["experiments"]:
                n += 1
            end, total = page["pagination"]["endIndex"], page["pagination"]["total"]
            if end >= total or not page["experiments"]:
                return n
            offset = end
            del page

    def raw_async() -> int:
        async def go() -> int:
            n, offset = 0, 0
            while True:
                response = await ac.get(EXPS, params={"limit": size, "offset": offset})
                page = decode_page(response)
                for _ in page["experiments"]:
                    n += 1
                end, total = page["pagination"]["endIndex"], page["pagination"]["total"]
                if end >= total or not page["experiments"]:
                    return n
                offset = end
                del page, response

        result: int = ctx.run(go())
        return result

    def ours() -> int:
        return sum(1 for _ in s.paginate(get_experiments, page_size=size))

    def ours_async() -> int:
        async def go() -> int:
            return sum([1 async for _ in a.paginate(get_experiments, page_size=size)])

        result: int = ctx.run(go())
        return result

    def ours_calls() -> int:
        # The same pages through Session.call in a hand-written loop: the helper's own cost.
        n, offset = 0, 0
        while True:
            page = s.call(get_experiments, limit=size, offset=offset)
            n += len(page.experiments)
            end, total = page.pagination.end_index, page.pagination.total
            if end >= total or not page.experiments:
                return n
            offset = end
            del page

    found = [
        (RAW_LOOP, raw, False),
        (RAW_ASYNC_LOOP, raw_async, True),
        (OURS, ours, False),
        (OURS_ASYNC, ours_async, True),
        ("ours: Session.call, hand-written offset loop", ours_calls, False),
    ]
    sess = ctx.official()
    if sess is not None:
        from determined.common import api
        from determined.common.api import bindings

        def official() -> int:  # the SDK's own paging helper, as its CLI uses it
            pages = api.read_paginated(
                lambda off: bindings.get_GetExperiments(sess, limit=size, offset=off)
            )
            return sum(len(r.experiments) for r in pages)

        found.append(("official: api.read_paginated + bindings", official, False))
    return found


def run(ctx: Context) -> Report:
    size = ctx.options.page_size
    found = runners(ctx, size)
    rounds = 3 if ctx.options.quick else 7
    times: dict[str, list[float]] = {name: [] for name, _, _ in found}
    counts = {name: f() for name, f, _ in found}  # warm-up, and the count
    for r in range(rounds):
        k = r % len(found)
        for name, f, _ in found[k:] + found[:k]:
            gc.collect()
            t0 = time.perf_counter()
            f()
            times[name].append(time.perf_counter() - t0)

    def vs(name: str, base: str) -> float:  # raw time / this time, same round
        return 1 / paired(times[name], times[base])

    report = Report()
    report.add(f"## Pagination: 10,000 experiments, page size {size} ({rounds} rounds)")
    report.add()
    report.add("vs raw loop: median over rounds of (raw loop's time / this time), same round")
    report.add()
    rows: list[list[str]] = []
    for name, _, is_async in found:
        secs = statistics.median(times[name])
        rows.append(
            [name, f"{counts[name]:,}", f"{secs:.3f} s", f"{counts[name] / secs:,.0f}",
             f"{vs(name, RAW_LOOP):.0%}", f"{vs(name, RAW_ASYNC_LOOP):.0%}" if is_async else ""]
        )  # fmt: skip
    report.table(
        ["client", "items", "median time", "items/s", "vs raw loop", "vs raw async loop"], rows
    )
    sync, async_ = vs(OURS, RAW_LOOP), vs(OURS_ASYNC, RAW_ASYNC_LOOP)
    report.goals.append(Goal("pagination ≥ 95 % of a raw loop (sync)", f"{sync:.0%}", sync >= 0.95))
    report.goals.append(
        Goal(
            "pagination ≥ 95 % of a raw loop (async, vs raw async httpx)",
            f"{async_:.0%} ({vs(OURS_ASYNC, RAW_LOOP):.0%} of the sync raw loop)",
            async_ >= 0.95,
        )
    )
    assert all(counts[name] == 10_000 for name in counts), counts
    return report
