"""`make bench` / `scripts/bench [NAME ...]`: run the measurements, print Markdown tables,
write them to .bench/last-run.md, and end with every goal met or missed.

    python -m bench                     every measurement (about 4 minutes on 2 cores)
    python -m bench pagination profile  only those
    python -m bench --quick             a smoke run: few rounds
    python -m bench --list              what there is

Goals are reported, never asserted. Ratios are taken within one run, so a noisy machine
moves both sides.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
import time
from pathlib import Path

from ._harness import ROOT, Context, Goal, Options, loadavg, machine, official_missing

#: In running order: parse-only first, on a clean heap; the server-backed ones after.
MEASUREMENTS = ["parse", "latency", "cpu", "pagination", "profile", "imports"]


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", metavar="NAME", help=f"of {', '.join(MEASUREMENTS)}")
    ap.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", 40)))
    ap.add_argument("--quick", action="store_true", help="few rounds: a smoke run")
    ap.add_argument("--page-size", type=int, default=100)
    ap.add_argument("--list", action="store_true", help="list the measurements")
    ap.add_argument("--out", default=str(ROOT / ".bench" / "last-run.md"))
    args = ap.parse_args()
    modules = {name: importlib.import_module(f"bench.{name}") for name in MEASUREMENTS}
    if args.list:
        for name, module in modules.items():
            print(f"{name:12} {module.TITLE}")
        return
    unknown = [n for n in args.names if n not in modules]
    if unknown:
        ap.error(f"unknown measurement {', '.join(unknown)} (see --list)")
    chosen = [n for n in MEASUREMENTS if n in args.names] if args.names else MEASUREMENTS
    out: list[str] = []

    def emit(line: str = "") -> None:
        print(line, flush=True)
        out.append(line)

    started = time.perf_counter()
    emit(f"# determined-client bench: {', '.join(chosen)}")
    emit()
    for line in machine():
        emit(line)
    emit()
    if note := official_missing():
        emit(f"**NOTE: {note}. Its rows are left out; the rest of the bench runs.**")
        emit()
    ctx = Context(Options(rounds=args.rounds, quick=args.quick, page_size=args.page_size))
    goals: list[Goal] = []
    try:
        for name in chosen:
            gc.collect()
            report = modules[name].run(ctx)
            for line in report.lines:
                emit(line)
            goals += report.goals
    finally:
        ctx.close()
    if goals:
        emit("## Goals (reported, not asserted)")
        emit()
        emit("| goal | this run | verdict |")
        emit("|---|--:|---|")
        for g in goals:
            emit(f"| {g.goal} | {g.result} | {'**met**' if g.met else '**missed**'} |")
        emit()
    took = time.perf_counter() - started
    emit(f"_bench took {took:.0f} s; load average at the end: {loadavg()}_")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("\n".join(out) + "\n")
    print(f"\n(written to {args.out})", file=sys.stderr)


if __name__ == "__main__":
    main()
