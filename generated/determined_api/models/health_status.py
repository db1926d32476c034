from typing import Literal, cast

HealthStatus = Literal["down", "up"]

HEALTH_STATUS_VALUES: set[HealthStatus] = {
    "down",
    "up",
}


def check_health_status(value: str) -> HealthStatus:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(HealthStatus, value)
