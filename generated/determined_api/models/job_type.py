from typing import Literal, cast

JobType = Literal[
    "TYPE_CHECKPOINT_GC",
    "TYPE_COMMAND",
    "TYPE_EXPERIMENT",
    "TYPE_EXTERNAL",
    "TYPE_GENERIC",
    "TYPE_NOTEBOOK",
    "TYPE_SHELL",
    "TYPE_TENSORBOARD",
    "TYPE_UNSPECIFIED",
]

JOB_TYPE_VALUES: set[JobType] = {
    "TYPE_CHECKPOINT_GC",
    "TYPE_COMMAND",
    "TYPE_EXPERIMENT",
    "TYPE_EXTERNAL",
    "TYPE_GENERIC",
    "TYPE_NOTEBOOK",
    "TYPE_SHELL",
    "TYPE_TENSORBOARD",
    "TYPE_UNSPECIFIED",
}


def check_job_type(value: str) -> JobType:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(JobType, value)
