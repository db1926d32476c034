from typing import Literal, cast

MetricType = Literal[
    "METRIC_TYPE_PROFILING", "METRIC_TYPE_TRAINING", "METRIC_TYPE_UNSPECIFIED", "METRIC_TYPE_VALIDATION"
]

METRIC_TYPE_VALUES: set[MetricType] = {
    "METRIC_TYPE_PROFILING",
    "METRIC_TYPE_TRAINING",
    "METRIC_TYPE_UNSPECIFIED",
    "METRIC_TYPE_VALIDATION",
}


def check_metric_type(value: str) -> MetricType:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(MetricType, value)
