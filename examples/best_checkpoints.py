"""For every completed experiment, report its best checkpoint: uuid and validation metrics.

    DET_MASTER=https://det.example.com:8443 DET_USER=alice DET_PASS=... \\
        python examples/best_checkpoints.py

Configured from the environment the official CLI uses (DET_MASTER, DET_USER and DET_PASS or
DET_USER_TOKEN, DET_MASTER_CERT_FILE; see the README's Configuration). Try it on the mock:
`make mock` in one terminal, then DET_MASTER=http://127.0.0.1:4010 DET_USER=determined
DET_PASS= in this one.

How, in API terms (the way the official SDK's ``Experiment.list_checkpoints(max_results=1)``
asks): page through getExperiments with ``states=[STATE_COMPLETED]``; for each experiment,
getExperimentCheckpoints with ``sortByAttr=SORT_BY_SEARCHER_METRIC``, ``limit=1`` and
``states=[STATE_COMPLETED]``. With no ``orderBy`` the master sorts best first by the
experiment's own searcher metric and ``smaller_is_better``, so the first checkpoint is the best.

Prints one line per experiment: id, name, the checkpoint's uuid, its trial, its metrics:
    #41 iris-tf-keras: 5b8e0c6f-2a47-4d19-9e3b-7f1a6c2d8e05 (trial 310) val_loss=0.0871 ...
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from determined_api.api.experiments import get_experiment_checkpoints, get_experiments
from determined_api.models import Checkpoint, CheckpointState, Experiment, ExperimentState
from determined_api.types import Unset
from determined_client import DeterminedError, Session

COMPLETED: ExperimentState = "STATE_COMPLETED"
CHECKPOINT_COMPLETED: CheckpointState = "STATE_COMPLETED"


def completed_experiments(session: Session) -> Iterator[Experiment]:
    """Every completed experiment, page by page. The master filters by state; the check here
    keeps the report true against a server that ignores the filter (a static mock does)."""
    for experiment in session.paginate(get_experiments, page_size=100, states=[COMPLETED]):
        if experiment.state == COMPLETED:
            yield experiment


def best_checkpoint(session: Session, experiment_id: int) -> Checkpoint | None:
    """The experiment's best completed checkpoint by its searcher metric, or None."""
    page = session.call(
        get_experiment_checkpoints,
        experiment_id=experiment_id,
        sort_by_attr="SORT_BY_SEARCHER_METRIC",
        limit=1,
        states=[CHECKPOINT_COMPLETED],
    )
    return page.checkpoints[0] if page.checkpoints else None


def validation_metrics(checkpoint: Checkpoint) -> dict[str, object]:
    """The averaged validation metrics the checkpoint was saved with ({} if none)."""
    training = checkpoint.training
    if training is None or isinstance(training.validation_metrics, Unset | None):
        return {}
    averaged = training.validation_metrics.avg_metrics
    return dict(averaged.to_dict()) if averaged is not None else {}


def describe(experiment: Experiment, checkpoint: Checkpoint | None) -> str:
    head = f"#{experiment.id} {experiment.name}:"
    if checkpoint is None:
        return f"{head} no completed checkpoint"
    trial = checkpoint.training.trial_id if checkpoint.training is not None else None
    where = f" (trial {trial})" if isinstance(trial, int) else ""
    metrics = " ".join(f"{name}={value}" for name, value in validation_metrics(checkpoint).items())
    return f"{head} {checkpoint.uuid}{where} {metrics or 'no validation metrics'}"


def main() -> int:
    try:
        with Session() as session:
            found = 0
            for experiment in completed_experiments(session):
                print(describe(experiment, best_checkpoint(session, experiment.id)))
                found += 1
            if not found:
                print("no completed experiments")
    except DeterminedError as err:
        print(f"best_checkpoints: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
