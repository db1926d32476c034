from typing import Literal, cast

WorkspaceState = Literal[
    "WORKSPACE_STATE_DELETE_FAILED",
    "WORKSPACE_STATE_DELETED",
    "WORKSPACE_STATE_DELETING",
    "WORKSPACE_STATE_UNSPECIFIED",
]

WORKSPACE_STATE_VALUES: set[WorkspaceState] = {
    "WORKSPACE_STATE_DELETE_FAILED",
    "WORKSPACE_STATE_DELETED",
    "WORKSPACE_STATE_DELETING",
    "WORKSPACE_STATE_UNSPECIFIED",
}


def check_workspace_state(value: str) -> WorkspaceState:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(WorkspaceState, value)
