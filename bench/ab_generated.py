"""A/B two generated trees: parse cost and import cost, each tree in its own interpreter.

    python -m bench.ab_generated OLD_DIR NEW_DIR     (dirs that contain determined_api/)

For template work: e.g. `git archive HEAD generated | tar -x -C /tmp/old` gives the
committed tree, `scripts/generate /tmp/new` the one the current templates make. Rounds
alternate between the two trees; each number is the median of the rounds.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = r"""
import gc, json, sys, time, timeit
i0 = time.perf_counter()
import determined_api  # the client: httpx, attrs
i1 = time.perf_counter()
import determined_api.models.get_experiments_response as m
from determined_api.models.get_master_response import GetMasterResponse
i2 = time.perf_counter()
import determined_api.models as models
for name in models.__all__:
    getattr(models, name)
i3 = time.perf_counter()
sys.path.insert(0, ROOT)
from bench.payloads import MASTER_INFO, Corpus, experiment
body = Corpus(1000).page(1000, 0)
d = json.loads(body)
E = sys.modules["determined_api.models.experiment"].Experiment
e = experiment(7)
n = 20000
per_exp = min(timeit.repeat(lambda: E.from_dict(e), number=n, repeat=5)) / n
M = GetMasterResponse
per_master = min(timeit.repeat(lambda: M.from_dict(MASTER_INFO), number=n, repeat=5)) / n
page_times = []
for _ in range(5):
    gc.collect()
    t0 = time.perf_counter()
    m.GetExperimentsResponse.from_dict(d)
    page_times.append(time.perf_counter() - t0)
page_gc_on = sorted(page_times)[2]
print(json.dumps({"experiment_from_dict_us": per_exp * 1e6,
                  "master_info_from_dict_us": per_master * 1e6,
                  "page_1000_from_dict_ms_gc_on": page_gc_on * 1e3,
                  "import_determined_api_ms": (i1 - i0) * 1e3,
                  "then_import_two_ops_models_ms": (i2 - i1) * 1e3,
                  "then_import_every_model_ms": (i3 - i1) * 1e3}))
"""


def probe(tree: str) -> dict[str, float]:
    code = f"ROOT = {str(ROOT)!r}\n" + _PROBE
    p = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": tree, "PATH": "/usr/bin:/bin"},
        check=True,
    )
    return json.loads(p.stdout)


def main() -> None:
    old, new = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    res: dict[str, list[dict[str, float]]] = {old: [], new: []}
    for r in range(rounds):
        for tree in (old, new) if r % 2 == 0 else (new, old):
            res[tree].append(probe(tree))
    keys = list(res[old][0])
    print(f"| measure | {old} | {new} | new/old |")
    print("|---|--:|--:|--:|")
    for k in keys:
        a = statistics.median(x[k] for x in res[old])
        b = statistics.median(x[k] for x in res[new])
        print(f"| {k} | {a:.2f} | {b:.2f} | {b / a:.2f}x |")


if __name__ == "__main__":
    main()
