"""Typed use of the client, checked by mypy --strict in test_typed_usage.py (never run).

Each line marked ``# expect: <code>`` must be reported by mypy with that error code, and no
other line may be reported: the good lines show what a type checker knows, the marked ones
what it refuses.
"""

from __future__ import annotations

from determined_api.api.checkpoints import get_checkpoint
from determined_api.api.experiments import get_experiment, get_experiments, trial_logs
from determined_api.api.models import get_models
from determined_api.api.tokens import post_access_token
from determined_api.models import PostAccessTokenRequest
from determined_client import AsyncSession, Prefer, Session


def good(s: Session) -> None:
    exp = s.call(get_experiment, experiment_id=42).experiment
    name: str | None = exp.name if exp else None
    s.call(get_experiment, 42, timeout=5, prefer=Prefer(code=404))
    s.call(get_checkpoint, checkpoint_uuid="d1a5a7b3")
    token = s.call(post_access_token, body=PostAccessTokenRequest(user_id=2)).token
    for e in s.paginate(get_experiments, page_size=50, archived=False, states=["STATE_COMPLETED"]):
        size: int = e.num_trials
    for m in s.paginate(get_models, offset=10):
        model_name: str = m.name
    for line in s.stream(trial_logs, trial_id=7, follow=True):
        text: str = line.message
    print(name, token, size, model_name, text)


async def good_async(s: AsyncSession) -> None:
    answer = await s.call(get_experiment, experiment_id=42)
    async for e in s.paginate(get_experiments, page_size=50):
        print(answer, e.name)
    async for line in s.stream(trial_logs, trial_id=7):
        print(line.trial_id)


def bad(s: Session) -> None:
    s.call(get_experiment, experiment_idd=42)  # expect: call-arg
    s.call(get_experiment, experiment_id="42")  # expect: arg-type
    s.call(get_experiment)  # expect: call-arg
    s.call(get_checkpoint, checkpoint_uuid=7)  # expect: arg-type
    s.call(get_experiment, experiment_id=42, timeout="soon")  # expect: arg-type
    s.call(get_experiment, experiment_id=42).experiment.nmae  # expect: union-attr
    s.call(get_experiments, archivd=True)  # expect: call-arg
    s.call(trial_logs, trial_id=7)  # expect: arg-type
    for e in s.paginate(get_experiments, archived="no"):  # expect: arg-type
        e.nmae  # expect: attr-defined
    s.paginate(get_experiment, experiment_id=1)  # expect: arg-type
    s.paginate(get_experiments, limit=10)  # expect: call-arg
    for line in s.stream(trial_logs, trial_id=7):
        line.mesage  # expect: attr-defined
    s.stream(get_experiment, experiment_id=1)  # expect: arg-type


async def bad_async(s: AsyncSession) -> None:
    await s.call(get_experiment, experiment_idd=42)  # expect: call-arg
    async for e in s.paginate(get_models, page_size="10"):  # expect: arg-type
        e.nmae  # expect: attr-defined
