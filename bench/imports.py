"""Import time: a fresh interpreter per sample, ``.pyc`` written and warm (a user's second
import onward), the wall time around the import statement measured in-process; interleaved
repeats, median; plus ``-X importtime`` of the heaviest top-level modules.

PYTHONDONTWRITEBYTECODE is removed from the children's environment: with it set (as on some
CI machines), every sample would compile every module from source.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys

from ._harness import Context, Goal, Report, official_missing

TITLE = "import time"
EVERY_OPERATION = (
    "import importlib, pkgutil, determined_client, determined_api.api as api\n"
    "for tag in pkgutil.iter_modules(api.__path__):\n"
    "    pkg = importlib.import_module(f'determined_api.api.{tag.name}')\n"
    "    for op in pkgutil.iter_modules(pkg.__path__):\n"
    "        importlib.import_module(f'{pkg.__name__}.{op.name}')"
)
ONE_OPERATION = (
    "import determined_client\nfrom determined_api.api.experiments import get_experiments"
)
STATEMENTS = [
    ("httpx (reference)", "import httpx"),
    ("ours: determined_client", "import determined_client"),
    ("ours: determined_client + one operation (get_experiments)", ONE_OPERATION),
    ("ours: determined_client + every operation module (267)", EVERY_OPERATION),
    ("official: determined.common.api.bindings", "from determined.common.api import bindings"),
]
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def once(statement: str) -> float | None:
    code = "import time\nt = time.perf_counter()\n" + statement + "\nprint(time.perf_counter() - t)"
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV)
    return float(p.stdout.strip().splitlines()[-1]) if p.returncode == 0 else None


def heaviest(statement: str, skip: frozenset[str]) -> list[tuple[str, int]]:
    """-X importtime: cumulative µs of each top-level module the statement imported (the
    interpreter's own start-up modules, ``skip``, left out)."""
    command = [sys.executable, "-X", "importtime", "-c", statement]
    p = subprocess.run(command, capture_output=True, text=True, env=ENV)
    rows = []
    for line in p.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line[len("import time:") :].split("|")
        if not name.startswith("  ") and name.strip() and name.strip() not in skip:
            rows.append((name.strip(), int(cumulative)))
    return rows


def run(ctx: Context) -> Report:
    missing = official_missing()
    targets = [(n, s) for n, s in STATEMENTS if not (n.startswith("official") and missing)]
    for _, statement in targets:
        once(statement)  # write the .pyc files: a user's first import after install does
    repeats = 5 if ctx.options.quick else 11
    times: dict[str, list[float]] = {name: [] for name, _ in targets}
    for r in range(repeats):
        k = r % len(targets)
        for name, statement in targets[k:] + targets[:k]:
            t = once(statement)
            if t is not None:
                times[name].append(t)
    startup = frozenset(m for m, _ in heaviest("pass", frozenset()))
    report = Report()
    report.add(f"## Import time (fresh interpreter, .pyc warm, {repeats} interleaved repeats)")
    report.add()
    rows, detail = [], []
    for name, statement in targets:
        wall = f"{statistics.median(times[name]) * 1e3:.0f} ms" if times[name] else "failed"
        top = heaviest(statement, startup) if times[name] else []
        rows.append([name, wall, f"{sum(us for _, us in top) / 1000:.0f} ms"])
        heavy = sorted(top, key=lambda x: -x[1])[:5]
        detail.append(f"- {name}: " + ", ".join(f"`{m}` {us / 1000:.1f} ms" for m, us in heavy))
    report.table(["import", "wall (median)", "-X importtime, top-level total"], rows)
    report.add("Heaviest top-level imports (-X importtime, cumulative):")
    report.add()
    report.lines += detail
    report.add()

    def median_of(prefix: str) -> float:
        name = next(n for n, _ in targets if n.startswith(prefix))
        return statistics.median(times[name]) if times[name] else float("inf")

    one = median_of("ours: determined_client + one")
    every = median_of("ours: determined_client + every")
    goal = "import determined_client + one operation ≤ 0.2 s"
    report.goals.append(Goal(goal, f"{one * 1e3:.0f} ms", one <= 0.2))
    goal = "import every operation module ≤ 1 s"
    report.goals.append(Goal(goal, f"{every * 1e3:.0f} ms", every <= 1.0))
    return report
