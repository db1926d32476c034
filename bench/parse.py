"""Parse-only: one page of experiments from bytes, no network.

The decoders alone (json.loads, msgspec as decode_json runs it, orjson for comparison),
our models from an already decoded page, and both together as a call does; the official
SDK's the same way. Measured first in a run, on a clean heap (the garbage collector's cost
depends on what else is alive); interleaved repeats, median.
"""

from __future__ import annotations

import gc
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

from ._harness import Context, Report, official_missing

TITLE = "parse-only"
SIZES = (100, 1000)


def cases(body: bytes) -> tuple[list[tuple[str, Callable[[], Any]]], str]:
    from determined_api.models.get_experiments_response import GetExperimentsResponse
    from determined_api.types import decode_json

    note = ""
    loaded = json.loads(body)
    from_dict = GetExperimentsResponse.from_dict
    found: list[tuple[str, Callable[[], Any]]] = [
        ("json.loads alone", lambda: json.loads(body)),
        ("decode_json alone (msgspec)", lambda: decode_json(body)),
    ]
    try:
        import orjson

        found.append(("orjson.loads alone (compared only)", lambda: orjson.loads(body)))
    except ImportError:
        note += "orjson not installed: its row is missing. "
    found += [
        ("ours: from_dict (on a decoded page)", lambda: from_dict(loaded)),
        ("ours: decode_json + from_dict (a call)", lambda: from_dict(decode_json(body))),
        ("ours, with json.loads: json.loads + from_dict", lambda: from_dict(json.loads(body))),
    ]
    if not official_missing():
        from determined.common.api import bindings

        from_json = bindings.v1GetExperimentsResponse.from_json
        found += [
            ("official: from_json (on a decoded page)", lambda: from_json(loaded)),
            ("official: json.loads + from_json", lambda: from_json(json.loads(body))),
        ]
    else:
        note += "official SDK not installed: its rows are missing."
    return found, note


def run(ctx: Context) -> Report:
    from bench.payloads import Corpus

    repeats = 5 if ctx.options.quick else 15
    corpus = Corpus(max(SIZES))
    report = Report()
    report.add(f"## Parse-only: one page from bytes ({repeats} interleaved repeats, median)")
    report.add()
    for size in SIZES:
        body = corpus.page(size, 0)
        found, note = cases(body)
        times: dict[str, list[float]] = {name: [] for name, _ in found}
        for _, f in found:
            f()
        for r in range(repeats):
            k = r % len(found)
            for name, f in found[k:] + found[:k]:
                gc.collect()
                t0 = time.perf_counter()
                f()
                times[name].append(time.perf_counter() - t0)
        base = statistics.median(times[found[0][0]])
        report.add(f"Page of {size} experiments ({len(body) / 1e3:,.0f} KB):")
        report.add()
        if note:
            report.add(f"**NOTE: {note}**")
            report.add()
        rows = []
        for name, _ in found:
            t = statistics.median(times[name])
            rows.append([name, f"{t * 1e3:.2f} ms", f"{t / base:.2f}x"])
        report.table(["what", "median", "vs json.loads alone"], rows)
        del found, times
        gc.collect()
    return report
