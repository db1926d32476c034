from typing import Literal, cast

CheckpointSortBy = Literal[
    "SORT_BY_BATCH_NUMBER",
    "SORT_BY_END_TIME",
    "SORT_BY_SEARCHER_METRIC",
    "SORT_BY_STATE",
    "SORT_BY_TRIAL_ID",
    "SORT_BY_UNSPECIFIED",
    "SORT_BY_UUID",
]

CHECKPOINT_SORT_BY_VALUES: set[CheckpointSortBy] = {
    "SORT_BY_BATCH_NUMBER",
    "SORT_BY_END_TIME",
    "SORT_BY_SEARCHER_METRIC",
    "SORT_BY_STATE",
    "SORT_BY_TRIAL_ID",
    "SORT_BY_UNSPECIFIED",
    "SORT_BY_UUID",
}


def check_checkpoint_sort_by(value: str) -> CheckpointSortBy:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(CheckpointSortBy, value)
