from typing import Literal, cast

GetTemplatesSortBy = Literal["SORT_BY_NAME", "SORT_BY_UNSPECIFIED"]

GET_TEMPLATES_SORT_BY_VALUES: set[GetTemplatesSortBy] = {
    "SORT_BY_NAME",
    "SORT_BY_UNSPECIFIED",
}


def check_get_templates_sort_by(value: str) -> GetTemplatesSortBy:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(GetTemplatesSortBy, value)
