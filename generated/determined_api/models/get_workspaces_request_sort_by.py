from typing import Literal, cast

GetWorkspacesRequestSortBy = Literal["SORT_BY_ID", "SORT_BY_NAME", "SORT_BY_UNSPECIFIED"]

GET_WORKSPACES_REQUEST_SORT_BY_VALUES: set[GetWorkspacesRequestSortBy] = {
    "SORT_BY_ID",
    "SORT_BY_NAME",
    "SORT_BY_UNSPECIFIED",
}


def check_get_workspaces_request_sort_by(value: str) -> GetWorkspacesRequestSortBy:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(GetWorkspacesRequestSortBy, value)
