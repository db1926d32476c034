from typing import Literal, cast

TriggerType = Literal[
    "TRIGGER_TYPE_CUSTOM",
    "TRIGGER_TYPE_EXPERIMENT_STATE_CHANGE",
    "TRIGGER_TYPE_METRIC_THRESHOLD_EXCEEDED",
    "TRIGGER_TYPE_TASK_LOG",
    "TRIGGER_TYPE_UNSPECIFIED",
]

TRIGGER_TYPE_VALUES: set[TriggerType] = {
    "TRIGGER_TYPE_CUSTOM",
    "TRIGGER_TYPE_EXPERIMENT_STATE_CHANGE",
    "TRIGGER_TYPE_METRIC_THRESHOLD_EXCEEDED",
    "TRIGGER_TYPE_TASK_LOG",
    "TRIGGER_TYPE_UNSPECIFIED",
}


def check_trigger_type(value: str) -> TriggerType:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(TriggerType, value)
