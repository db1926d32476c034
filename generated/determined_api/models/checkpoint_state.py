from typing import Literal, cast

CheckpointState = Literal[
    "STATE_ACTIVE", "STATE_COMPLETED", "STATE_DELETED", "STATE_ERROR", "STATE_PARTIALLY_DELETED", "STATE_UNSPECIFIED"
]

CHECKPOINT_STATE_VALUES: set[CheckpointState] = {
    "STATE_ACTIVE",
    "STATE_COMPLETED",
    "STATE_DELETED",
    "STATE_ERROR",
    "STATE_PARTIALLY_DELETED",
    "STATE_UNSPECIFIED",
}


def check_checkpoint_state(value: str) -> CheckpointState:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(CheckpointState, value)
