from typing import Literal, cast

GetAgentsRequestSortBy = Literal["SORT_BY_ID", "SORT_BY_TIME", "SORT_BY_UNSPECIFIED"]

GET_AGENTS_REQUEST_SORT_BY_VALUES: set[GetAgentsRequestSortBy] = {
    "SORT_BY_ID",
    "SORT_BY_TIME",
    "SORT_BY_UNSPECIFIED",
}


def check_get_agents_request_sort_by(value: str) -> GetAgentsRequestSortBy:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(GetAgentsRequestSortBy, value)
