from typing import Literal, cast

GenericTaskState = Literal[
    "GENERIC_TASK_STATE_ACTIVE",
    "GENERIC_TASK_STATE_CANCELED",
    "GENERIC_TASK_STATE_COMPLETED",
    "GENERIC_TASK_STATE_ERROR",
    "GENERIC_TASK_STATE_PAUSED",
    "GENERIC_TASK_STATE_STOPPING_CANCELED",
    "GENERIC_TASK_STATE_STOPPING_COMPLETED",
    "GENERIC_TASK_STATE_STOPPING_ERROR",
    "GENERIC_TASK_STATE_STOPPING_PAUSED",
    "GENERIC_TASK_STATE_UNSPECIFIED",
]

GENERIC_TASK_STATE_VALUES: set[GenericTaskState] = {
    "GENERIC_TASK_STATE_ACTIVE",
    "GENERIC_TASK_STATE_CANCELED",
    "GENERIC_TASK_STATE_COMPLETED",
    "GENERIC_TASK_STATE_ERROR",
    "GENERIC_TASK_STATE_PAUSED",
    "GENERIC_TASK_STATE_STOPPING_CANCELED",
    "GENERIC_TASK_STATE_STOPPING_COMPLETED",
    "GENERIC_TASK_STATE_STOPPING_ERROR",
    "GENERIC_TASK_STATE_STOPPING_PAUSED",
    "GENERIC_TASK_STATE_UNSPECIFIED",
}


def check_generic_task_state(value: str) -> GenericTaskState:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(GenericTaskState, value)
