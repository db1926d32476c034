from typing import Literal, cast

TrialProfilerMetricLabelsProfilerMetricType = Literal[
    "PROFILER_METRIC_TYPE_MISC",
    "PROFILER_METRIC_TYPE_SYSTEM",
    "PROFILER_METRIC_TYPE_TIMING",
    "PROFILER_METRIC_TYPE_UNSPECIFIED",
]

TRIAL_PROFILER_METRIC_LABELS_PROFILER_METRIC_TYPE_VALUES: set[TrialProfilerMetricLabelsProfilerMetricType] = {
    "PROFILER_METRIC_TYPE_MISC",
    "PROFILER_METRIC_TYPE_SYSTEM",
    "PROFILER_METRIC_TYPE_TIMING",
    "PROFILER_METRIC_TYPE_UNSPECIFIED",
}


def check_trial_profiler_metric_labels_profiler_metric_type(value: str) -> TrialProfilerMetricLabelsProfilerMetricType:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(TrialProfilerMetricLabelsProfilerMetricType, value)
