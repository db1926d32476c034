from typing import Literal, cast

GetAccessTokensRequestSortBy = Literal[
    "SORT_BY_CREATED_AT",
    "SORT_BY_DESCRIPTION",
    "SORT_BY_EXPIRY",
    "SORT_BY_REVOKED",
    "SORT_BY_TOKEN_TYPE",
    "SORT_BY_UNSPECIFIED",
    "SORT_BY_USER_ID",
]

GET_ACCESS_TOKENS_REQUEST_SORT_BY_VALUES: set[GetAccessTokensRequestSortBy] = {
    "SORT_BY_CREATED_AT",
    "SORT_BY_DESCRIPTION",
    "SORT_BY_EXPIRY",
    "SORT_BY_REVOKED",
    "SORT_BY_TOKEN_TYPE",
    "SORT_BY_UNSPECIFIED",
    "SORT_BY_USER_ID",
}


def check_get_access_tokens_request_sort_by(value: str) -> GetAccessTokensRequestSortBy:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(GetAccessTokensRequestSortBy, value)
