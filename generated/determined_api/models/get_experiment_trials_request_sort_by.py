from typing import Literal, cast

GetExperimentTrialsRequestSortBy = Literal[
    "SORT_BY_BATCHES_PROCESSED",
    "SORT_BY_BEST_VALIDATION_METRIC",
    "SORT_BY_CHECKPOINT_SIZE",
    "SORT_BY_DURATION",
    "SORT_BY_END_TIME",
    "SORT_BY_ID",
    "SORT_BY_LATEST_VALIDATION_METRIC",
    "SORT_BY_LOG_RETENTION_DAYS",
    "SORT_BY_RESTARTS",
    "SORT_BY_START_TIME",
    "SORT_BY_STATE",
    "SORT_BY_UNSPECIFIED",
]

GET_EXPERIMENT_TRIALS_REQUEST_SORT_BY_VALUES: set[GetExperimentTrialsRequestSortBy] = {
    "SORT_BY_BATCHES_PROCESSED",
    "SORT_BY_BEST_VALIDATION_METRIC",
    "SORT_BY_CHECKPOINT_SIZE",
    "SORT_BY_DURATION",
    "SORT_BY_END_TIME",
    "SORT_BY_ID",
    "SORT_BY_LATEST_VALIDATION_METRIC",
    "SORT_BY_LOG_RETENTION_DAYS",
    "SORT_BY_RESTARTS",
    "SORT_BY_START_TIME",
    "SORT_BY_STATE",
    "SORT_BY_UNSPECIFIED",
}


def check_get_experiment_trials_request_sort_by(value: str) -> GetExperimentTrialsRequestSortBy:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(GetExperimentTrialsRequestSortBy, value)
