from typing import Literal, cast

OrderBy = Literal["ORDER_BY_ASC", "ORDER_BY_DESC", "ORDER_BY_UNSPECIFIED"]

ORDER_BY_VALUES: set[OrderBy] = {
    "ORDER_BY_ASC",
    "ORDER_BY_DESC",
    "ORDER_BY_UNSPECIFIED",
}


def check_order_by(value: str) -> OrderBy:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(OrderBy, value)
