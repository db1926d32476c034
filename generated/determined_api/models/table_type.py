from typing import Literal, cast

TableType = Literal["TABLE_TYPE_EXPERIMENT", "TABLE_TYPE_RUN", "TABLE_TYPE_UNSPECIFIED"]

TABLE_TYPE_VALUES: set[TableType] = {
    "TABLE_TYPE_EXPERIMENT",
    "TABLE_TYPE_RUN",
    "TABLE_TYPE_UNSPECIFIED",
}


def check_table_type(value: str) -> TableType:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(TableType, value)
