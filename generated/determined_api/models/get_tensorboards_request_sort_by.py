from typing import Literal, cast

GetTensorboardsRequestSortBy = Literal[
    "SORT_BY_DESCRIPTION", "SORT_BY_ID", "SORT_BY_START_TIME", "SORT_BY_UNSPECIFIED", "SORT_BY_WORKSPACE_ID"
]

GET_TENSORBOARDS_REQUEST_SORT_BY_VALUES: set[GetTensorboardsRequestSortBy] = {
    "SORT_BY_DESCRIPTION",
    "SORT_BY_ID",
    "SORT_BY_START_TIME",
    "SORT_BY_UNSPECIFIED",
    "SORT_BY_WORKSPACE_ID",
}


def check_get_tensorboards_request_sort_by(value: str) -> GetTensorboardsRequestSortBy:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(GetTensorboardsRequestSortBy, value)
