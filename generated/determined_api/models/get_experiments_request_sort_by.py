from typing import Literal, cast

GetExperimentsRequestSortBy = Literal[
    "SORT_BY_CHECKPOINT_COUNT",
    "SORT_BY_CHECKPOINT_SIZE",
    "SORT_BY_DESCRIPTION",
    "SORT_BY_END_TIME",
    "SORT_BY_FORKED_FROM",
    "SORT_BY_ID",
    "SORT_BY_NAME",
    "SORT_BY_NUM_TRIALS",
    "SORT_BY_PROGRESS",
    "SORT_BY_PROJECT_ID",
    "SORT_BY_RESOURCE_POOL",
    "SORT_BY_SEARCHER_METRIC_VAL",
    "SORT_BY_START_TIME",
    "SORT_BY_STATE",
    "SORT_BY_UNSPECIFIED",
    "SORT_BY_USER",
]

GET_EXPERIMENTS_REQUEST_SORT_BY_VALUES: set[GetExperimentsRequestSortBy] = {
    "SORT_BY_CHECKPOINT_COUNT",
    "SORT_BY_CHECKPOINT_SIZE",
    "SORT_BY_DESCRIPTION",
    "SORT_BY_END_TIME",
    "SORT_BY_FORKED_FROM",
    "SORT_BY_ID",
    "SORT_BY_NAME",
    "SORT_BY_NUM_TRIALS",
    "SORT_BY_PROGRESS",
    "SORT_BY_PROJECT_ID",
    "SORT_BY_RESOURCE_POOL",
    "SORT_BY_SEARCHER_METRIC_VAL",
    "SORT_BY_START_TIME",
    "SORT_BY_STATE",
    "SORT_BY_UNSPECIFIED",
    "SORT_BY_USER",
}


def check_get_experiments_request_sort_by(value: str) -> GetExperimentsRequestSortBy:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(GetExperimentsRequestSortBy, value)
