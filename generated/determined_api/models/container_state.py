from typing import Literal, cast

ContainerState = Literal[
    "STATE_ASSIGNED", "STATE_PULLING", "STATE_RUNNING", "STATE_STARTING", "STATE_TERMINATED", "STATE_UNSPECIFIED"
]

CONTAINER_STATE_VALUES: set[ContainerState] = {
    "STATE_ASSIGNED",
    "STATE_PULLING",
    "STATE_RUNNING",
    "STATE_STARTING",
    "STATE_TERMINATED",
    "STATE_UNSPECIFIED",
}


def check_container_state(value: str) -> ContainerState:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(ContainerState, value)
