from typing import Literal, cast

GetUsersRequestSortBy = Literal[
    "SORT_BY_ACTIVE",
    "SORT_BY_ADMIN",
    "SORT_BY_DISPLAY_NAME",
    "SORT_BY_LAST_AUTH_TIME",
    "SORT_BY_MODIFIED_TIME",
    "SORT_BY_NAME",
    "SORT_BY_REMOTE",
    "SORT_BY_UNSPECIFIED",
    "SORT_BY_USER_NAME",
]

GET_USERS_REQUEST_SORT_BY_VALUES: set[GetUsersRequestSortBy] = {
    "SORT_BY_ACTIVE",
    "SORT_BY_ADMIN",
    "SORT_BY_DISPLAY_NAME",
    "SORT_BY_LAST_AUTH_TIME",
    "SORT_BY_MODIFIED_TIME",
    "SORT_BY_NAME",
    "SORT_BY_REMOTE",
    "SORT_BY_UNSPECIFIED",
    "SORT_BY_USER_NAME",
}


def check_get_users_request_sort_by(value: str) -> GetUsersRequestSortBy:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(GetUsersRequestSortBy, value)
