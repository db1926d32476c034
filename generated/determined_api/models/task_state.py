from typing import Literal, cast

TaskState = Literal[
    "STATE_PULLING",
    "STATE_QUEUED",
    "STATE_RUNNING",
    "STATE_STARTING",
    "STATE_TERMINATED",
    "STATE_TERMINATING",
    "STATE_UNSPECIFIED",
    "STATE_WAITING",
]

TASK_STATE_VALUES: set[TaskState] = {
    "STATE_PULLING",
    "STATE_QUEUED",
    "STATE_RUNNING",
    "STATE_STARTING",
    "STATE_TERMINATED",
    "STATE_TERMINATING",
    "STATE_UNSPECIFIED",
    "STATE_WAITING",
}


def check_task_state(value: str) -> TaskState:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(TaskState, value)
