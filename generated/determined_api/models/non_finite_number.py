from typing import Literal, cast

NonFiniteNumber = Literal["-Infinity", "Infinity", "NaN"]

NON_FINITE_NUMBER_VALUES: set[NonFiniteNumber] = {
    "-Infinity",
    "Infinity",
    "NaN",
}


def check_non_finite_number(value: str) -> NonFiniteNumber:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(NonFiniteNumber, value)
