from typing import Literal, cast

ActivityType = Literal["ACTIVITY_TYPE_GET", "ACTIVITY_TYPE_UNSPECIFIED"]

ACTIVITY_TYPE_VALUES: set[ActivityType] = {
    "ACTIVITY_TYPE_GET",
    "ACTIVITY_TYPE_UNSPECIFIED",
}


def check_activity_type(value: str) -> ActivityType:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(ActivityType, value)
