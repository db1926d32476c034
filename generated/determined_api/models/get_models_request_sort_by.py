from typing import Literal, cast

GetModelsRequestSortBy = Literal[
    "SORT_BY_CREATION_TIME",
    "SORT_BY_DESCRIPTION",
    "SORT_BY_LAST_UPDATED_TIME",
    "SORT_BY_NAME",
    "SORT_BY_NUM_VERSIONS",
    "SORT_BY_UNSPECIFIED",
    "SORT_BY_WORKSPACE",
]

GET_MODELS_REQUEST_SORT_BY_VALUES: set[GetModelsRequestSortBy] = {
    "SORT_BY_CREATION_TIME",
    "SORT_BY_DESCRIPTION",
    "SORT_BY_LAST_UPDATED_TIME",
    "SORT_BY_NAME",
    "SORT_BY_NUM_VERSIONS",
    "SORT_BY_UNSPECIFIED",
    "SORT_BY_WORKSPACE",
}


def check_get_models_request_sort_by(value: str) -> GetModelsRequestSortBy:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(GetModelsRequestSortBy, value)
