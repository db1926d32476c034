from typing import Literal, cast

TrialState = Literal[
    "STATE_ACTIVE",
    "STATE_CANCELED",
    "STATE_COMPLETED",
    "STATE_ERROR",
    "STATE_PAUSED",
    "STATE_PULLING",
    "STATE_QUEUED",
    "STATE_RUNNING",
    "STATE_STARTING",
    "STATE_STOPPING_CANCELED",
    "STATE_STOPPING_COMPLETED",
    "STATE_STOPPING_ERROR",
    "STATE_STOPPING_KILLED",
    "STATE_UNSPECIFIED",
]

TRIAL_STATE_VALUES: set[TrialState] = {
    "STATE_ACTIVE",
    "STATE_CANCELED",
    "STATE_COMPLETED",
    "STATE_ERROR",
    "STATE_PAUSED",
    "STATE_PULLING",
    "STATE_QUEUED",
    "STATE_RUNNING",
    "STATE_STARTING",
    "STATE_STOPPING_CANCELED",
    "STATE_STOPPING_COMPLETED",
    "STATE_STOPPING_ERROR",
    "STATE_STOPPING_KILLED",
    "STATE_UNSPECIFIED",
}


def check_trial_state(value: str) -> TrialState:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(TrialState, value)
