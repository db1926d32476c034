from typing import Literal, cast

GetModelsSortBy = Literal[
    "SORT_BY_CREATION_TIME",
    "SORT_BY_DESCRIPTION",
    "SORT_BY_LAST_UPDATED_TIME",
    "SORT_BY_NAME",
    "SORT_BY_NUM_VERSIONS",
    "SORT_BY_UNSPECIFIED",
    "SORT_BY_WORKSPACE",
]

GET_MODELS_SORT_BY_VALUES: set[GetModelsSortBy] = {
    "SORT_BY_CREATION_TIME",
    "SORT_BY_DESCRIPTION",
    "SORT_BY_LAST_UPDATED_TIME",
    "SORT_BY_NAME",
    "SORT_BY_NUM_VERSIONS",
    "SORT_BY_UNSPECIFIED",
    "SORT_BY_WORKSPACE",
}


def check_get_models_sort_by(value: str) -> GetModelsSortBy:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(GetModelsSortBy, value)
