from typing import Literal, cast

GetModelVersionsRequestSortBy = Literal["SORT_BY_CREATION_TIME", "SORT_BY_UNSPECIFIED", "SORT_BY_VERSION"]

GET_MODEL_VERSIONS_REQUEST_SORT_BY_VALUES: set[GetModelVersionsRequestSortBy] = {
    "SORT_BY_CREATION_TIME",
    "SORT_BY_UNSPECIFIED",
    "SORT_BY_VERSION",
}


def check_get_model_versions_request_sort_by(value: str) -> GetModelVersionsRequestSortBy:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(GetModelVersionsRequestSortBy, value)
