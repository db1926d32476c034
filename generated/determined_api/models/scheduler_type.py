from typing import Literal, cast

SchedulerType = Literal[
    "SCHEDULER_TYPE_FAIR_SHARE",
    "SCHEDULER_TYPE_KUBERNETES",
    "SCHEDULER_TYPE_PBS",
    "SCHEDULER_TYPE_PRIORITY",
    "SCHEDULER_TYPE_ROUND_ROBIN",
    "SCHEDULER_TYPE_SLURM",
    "SCHEDULER_TYPE_UNSPECIFIED",
]

SCHEDULER_TYPE_VALUES: set[SchedulerType] = {
    "SCHEDULER_TYPE_FAIR_SHARE",
    "SCHEDULER_TYPE_KUBERNETES",
    "SCHEDULER_TYPE_PBS",
    "SCHEDULER_TYPE_PRIORITY",
    "SCHEDULER_TYPE_ROUND_ROBIN",
    "SCHEDULER_TYPE_SLURM",
    "SCHEDULER_TYPE_UNSPECIFIED",
}


def check_scheduler_type(value: str) -> SchedulerType:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(SchedulerType, value)
