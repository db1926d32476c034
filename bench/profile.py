"""Where pagination's time goes: cProfile of one pass of the raw loop and of ours, grouped
by what the code does, and the garbage collector's time (gc.callbacks, no profiler).

cProfile adds a fixed cost to every Python function call, so the many small calls of model
building look bigger under it than they are: read the shares, not the totals (the
pagination table has the real times).
"""

from __future__ import annotations

import cProfile
import gc
import pstats
import statistics
import time
from collections import defaultdict

from ._harness import Context, Report
from .pagination import OURS, OURS_ASYNC, RAW_ASYNC_LOOP, RAW_LOOP, runners

TITLE = "where pagination's time goes (profiler)"
#: (what, substrings of a function's file or name), first match wins.
GROUPS = [
    ("JSON decoding", ("json/decoder.py", "msgspec", "determined_api/types.py")),
    ("model building (from_dict)", ("determined_api/models/",)),
    ("socket I/O", ("_socket.socket", "select", "selectors.py", "_ssl")),
    ("HTTP (httpx, httpcore, h11)", ("/httpx/", "/httpcore/", "/h11/", "/anyio/")),
    ("event loop (asyncio)", ("asyncio/",)),
    ("our layer (session, pagination, operations)", ("determined_client/", "determined_api/api/")),
]  # fmt: skip


def group_of(filename: str, function: str) -> str:
    where = f"{filename}:{function}"
    for name, needles in GROUPS:
        if any(n in where for n in needles):
            return name
    return "the loop itself, builtins, other"


def profiled(f: object) -> dict[str, float]:
    prof = cProfile.Profile()
    prof.enable()
    f()  # type: ignore[operator]
    prof.disable()
    totals: dict[str, float] = defaultdict(float)
    for (filename, _, function), row in pstats.Stats(prof).stats.items():  # type: ignore[attr-defined]
        totals[group_of(filename, function)] += row[2]  # tottime
    return totals


def gc_time(f: object, passes: int) -> tuple[float, float, int]:
    """Median wall time and GC time of a pass, and the collections in the last one."""
    spent, started, collections = [0.0], [0.0], [0]

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            spent[0] += time.perf_counter() - started[0]
            collections[0] += 1

    walls, gcs = [], []
    gc.callbacks.append(callback)
    try:
        for _ in range(passes):
            gc.collect()
            spent[0], collections[0] = 0.0, 0
            t0 = time.perf_counter()
            f()  # type: ignore[operator]
            walls.append(time.perf_counter() - t0)
            gcs.append(spent[0])
    finally:
        gc.callbacks.remove(callback)
    return statistics.median(walls), statistics.median(gcs), collections[0]


def run(ctx: Context) -> Report:
    found = {name: f for name, f, _ in runners(ctx, ctx.options.page_size)}
    chosen = [RAW_LOOP, OURS, RAW_ASYNC_LOOP, OURS_ASYNC]
    for name in chosen:
        found[name]()  # warm up
    report = Report()
    report.add(f"## Where pagination's time goes (page size {ctx.options.page_size})")
    report.add()
    report.add("Share of cProfile's self time per kind of work, one pass each:")
    report.add()
    shares = {name: profiled(found[name]) for name in chosen}
    kinds = [g for g, _ in GROUPS] + ["the loop itself, builtins, other"]
    rows = []
    for kind in kinds:
        cells = []
        for name in chosen:
            total = sum(shares[name].values())
            cells.append(f"{shares[name].get(kind, 0.0) / total:.0%}")
        rows.append([kind, *cells])
    rows.append(["total under the profiler", *(f"{sum(shares[n].values()):.2f} s" for n in chosen)])
    report.table(["work", *chosen], rows)
    report.add("Garbage collector (no profiler; median of passes):")
    report.add()
    rows = []
    for name in chosen:
        wall, spent, count = gc_time(found[name], 3 if ctx.options.quick else 5)
        share = f"{spent / wall:.0%}"
        rows.append([name, f"{wall:.3f} s", f"{spent * 1e3:.0f} ms", share, str(count)])
    report.table(["client", "pass", "in GC", "share", "collections"], rows)
    return report
