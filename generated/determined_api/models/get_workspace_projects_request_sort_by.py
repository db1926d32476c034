from typing import Literal, cast

GetWorkspaceProjectsRequestSortBy = Literal[
    "SORT_BY_CREATION_TIME",
    "SORT_BY_DESCRIPTION",
    "SORT_BY_ID",
    "SORT_BY_LAST_EXPERIMENT_START_TIME",
    "SORT_BY_NAME",
    "SORT_BY_UNSPECIFIED",
]

GET_WORKSPACE_PROJECTS_REQUEST_SORT_BY_VALUES: set[GetWorkspaceProjectsRequestSortBy] = {
    "SORT_BY_CREATION_TIME",
    "SORT_BY_DESCRIPTION",
    "SORT_BY_ID",
    "SORT_BY_LAST_EXPERIMENT_START_TIME",
    "SORT_BY_NAME",
    "SORT_BY_UNSPECIFIED",
}


def check_get_workspace_projects_request_sort_by(value: str) -> GetWorkspaceProjectsRequestSortBy:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(GetWorkspaceProjectsRequestSortBy, value)
