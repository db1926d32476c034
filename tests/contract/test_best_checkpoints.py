"""examples/best_checkpoints.py runs as a user would run it, against the Prism mock, and reports
what the contract's examples say: the completed experiment's best checkpoint and its metrics."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from ..spec._spec import ROOT, operations

SCRIPT = ROOT / "examples" / "best_checkpoints.py"


def example(op_id: str) -> Any:
    return operations()[op_id][2]["responses"]["200"]["content"]["application/json"]["example"]


def run_script(master: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DET_", "DETERMINED_AI"))}
    env |= {
        "DET_MASTER": master,
        "DET_USER": "determined",
        "DET_PASS": "",  # the mock takes any password
        "XDG_CONFIG_HOME": str(home),  # the token cache goes here, not to the real home
        "HOME": str(home),
    }
    return subprocess.run(
        [sys.executable, str(SCRIPT)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_reports_the_best_checkpoint_of_every_completed_experiment(
    determined_mock_url: str, tmp_path: Path
) -> None:
    done = run_script(determined_mock_url, tmp_path)
    assert done.returncode == 0, done.stderr

    experiments = example("getExperiments")["experiments"]
    completed = [e for e in experiments if e["state"] == "STATE_COMPLETED"]
    assert completed and len(completed) < len(experiments), "the example must mix states"
    best = example("getExperimentCheckpoints")["checkpoints"][0]
    metrics = best["training"]["validationMetrics"]["avgMetrics"]
    assert metrics, "the best checkpoint's example carries validation metrics"

    expected = [
        f"#{e['id']} {e['name']}: {best['uuid']} (trial {best['training']['trialId']}) "
        + " ".join(f"{name}={value}" for name, value in metrics.items())
        for e in completed
    ]
    assert done.stdout.splitlines() == expected


def test_the_example_story_holds_together() -> None:
    """The mock answers every experiment id with one checkpoint list: it is the completed
    experiment's, best first by its searcher metric (bigger is better for accuracy)."""
    [completed] = [
        e for e in example("getExperiments")["experiments"] if e["state"] == "STATE_COMPLETED"
    ]
    checkpoints = example("getExperimentCheckpoints")["checkpoints"]
    assert {c["training"]["experimentId"] for c in checkpoints} == {completed["id"]}
    assert {c["training"]["trialId"] for c in checkpoints} <= set(completed["trialIds"])
    searcher = completed["config"]["searcher"]
    values = [
        c["training"]["validationMetrics"]["avgMetrics"][searcher["metric"]] for c in checkpoints
    ]
    assert values == sorted(values, reverse=not searcher.get("smaller_is_better", True))
    assert all(c["state"] == "STATE_COMPLETED" for c in checkpoints)


def test_a_master_that_cannot_be_reached_is_one_line_and_exit_1(tmp_path: Path) -> None:
    done = run_script("http://127.0.0.1:9", tmp_path)  # discard port: nothing listens
    assert done.returncode == 1
    assert done.stderr.startswith("best_checkpoints: ")
    assert "Traceback" not in done.stderr
