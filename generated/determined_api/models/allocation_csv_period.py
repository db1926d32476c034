from typing import Literal, cast

AllocationCsvPeriod = Literal["daily", "monthly"]

ALLOCATION_CSV_PERIOD_VALUES: set[AllocationCsvPeriod] = {
    "daily",
    "monthly",
}


def check_allocation_csv_period(value: str) -> AllocationCsvPeriod:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(AllocationCsvPeriod, value)
