from typing import Literal, cast

FailureType = Literal[
    "FAILURE_TYPE_AGENT_ERROR",
    "FAILURE_TYPE_AGENT_FAILED",
    "FAILURE_TYPE_RESOURCES_ABORTED",
    "FAILURE_TYPE_RESOURCES_FAILED",
    "FAILURE_TYPE_RESOURCES_MISSING",
    "FAILURE_TYPE_RESTORE_ERROR",
    "FAILURE_TYPE_TASK_ABORTED",
    "FAILURE_TYPE_TASK_ERROR",
    "FAILURE_TYPE_UNKNOWN_ERROR",
    "FAILURE_TYPE_UNSPECIFIED",
]

FAILURE_TYPE_VALUES: set[FailureType] = {
    "FAILURE_TYPE_AGENT_ERROR",
    "FAILURE_TYPE_AGENT_FAILED",
    "FAILURE_TYPE_RESOURCES_ABORTED",
    "FAILURE_TYPE_RESOURCES_FAILED",
    "FAILURE_TYPE_RESOURCES_MISSING",
    "FAILURE_TYPE_RESTORE_ERROR",
    "FAILURE_TYPE_TASK_ABORTED",
    "FAILURE_TYPE_TASK_ERROR",
    "FAILURE_TYPE_UNKNOWN_ERROR",
    "FAILURE_TYPE_UNSPECIFIED",
}


def check_failure_type(value: str) -> FailureType:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(FailureType, value)
