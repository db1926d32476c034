from typing import Literal, cast

TaskType = Literal[
    "TASK_TYPE_CHECKPOINT_GC",
    "TASK_TYPE_COMMAND",
    "TASK_TYPE_GENERIC",
    "TASK_TYPE_NOTEBOOK",
    "TASK_TYPE_SHELL",
    "TASK_TYPE_TENSORBOARD",
    "TASK_TYPE_TRIAL",
    "TASK_TYPE_UNSPECIFIED",
]

TASK_TYPE_VALUES: set[TaskType] = {
    "TASK_TYPE_CHECKPOINT_GC",
    "TASK_TYPE_COMMAND",
    "TASK_TYPE_GENERIC",
    "TASK_TYPE_NOTEBOOK",
    "TASK_TYPE_SHELL",
    "TASK_TYPE_TENSORBOARD",
    "TASK_TYPE_TRIAL",
    "TASK_TYPE_UNSPECIFIED",
}


def check_task_type(value: str) -> TaskType:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(TaskType, value)
