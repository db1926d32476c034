from typing import Literal, cast

ColumnType = Literal[
    "COLUMN_TYPE_ARRAY", "COLUMN_TYPE_DATE", "COLUMN_TYPE_NUMBER", "COLUMN_TYPE_TEXT", "COLUMN_TYPE_UNSPECIFIED"
]

COLUMN_TYPE_VALUES: set[ColumnType] = {
    "COLUMN_TYPE_ARRAY",
    "COLUMN_TYPE_DATE",
    "COLUMN_TYPE_NUMBER",
    "COLUMN_TYPE_TEXT",
    "COLUMN_TYPE_UNSPECIFIED",
}


def check_column_type(value: str) -> ColumnType:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(ColumnType, value)
