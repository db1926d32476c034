from typing import Literal, cast

LaunchWarning = Literal["LAUNCH_WARNING_CURRENT_SLOTS_EXCEEDED", "LAUNCH_WARNING_UNSPECIFIED"]

LAUNCH_WARNING_VALUES: set[LaunchWarning] = {
    "LAUNCH_WARNING_CURRENT_SLOTS_EXCEEDED",
    "LAUNCH_WARNING_UNSPECIFIED",
}


def check_launch_warning(value: str) -> LaunchWarning:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(LaunchWarning, value)
