from typing import Literal, cast

GetTemplatesRequestSortBy = Literal["SORT_BY_NAME", "SORT_BY_UNSPECIFIED"]

GET_TEMPLATES_REQUEST_SORT_BY_VALUES: set[GetTemplatesRequestSortBy] = {
    "SORT_BY_NAME",
    "SORT_BY_UNSPECIFIED",
}


def check_get_templates_request_sort_by(value: str) -> GetTemplatesRequestSortBy:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(GetTemplatesRequestSortBy, value)
