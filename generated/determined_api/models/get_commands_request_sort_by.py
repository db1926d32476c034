from typing import Literal, cast

GetCommandsRequestSortBy = Literal[
    "SORT_BY_DESCRIPTION", "SORT_BY_ID", "SORT_BY_START_TIME", "SORT_BY_UNSPECIFIED", "SORT_BY_WORKSPACE_ID"
]

GET_COMMANDS_REQUEST_SORT_BY_VALUES: set[GetCommandsRequestSortBy] = {
    "SORT_BY_DESCRIPTION",
    "SORT_BY_ID",
    "SORT_BY_START_TIME",
    "SORT_BY_UNSPECIFIED",
    "SORT_BY_WORKSPACE_ID",
}


def check_get_commands_request_sort_by(value: str) -> GetCommandsRequestSortBy:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(GetCommandsRequestSortBy, value)
