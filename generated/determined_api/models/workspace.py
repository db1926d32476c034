from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_state import WorkspaceState, check_workspace_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace:
    """The top level of organisation: holds projects, and may set their defaults.

    Attributes:
        archived (bool): Archived workspaces are hidden from the default lists and frozen.
        error_message (str): Why deleting it failed; empty otherwise.
        id (int): The workspace's id.
        immutable (bool): True for the built-in `Uncategorized` workspace, which cannot change.
        name (str): The workspace's name; unique.
        num_experiments (int): How many experiments its projects hold.
        num_projects (int): How many projects it holds.
        pinned (bool): Whether the calling user pinned it.
        state (WorkspaceState): `WORKSPACE_STATE_UNSPECIFIED` for a usable workspace or project; the others follow a
            deletion: `..._DELETING`, `..._DELETE_FAILED`, `..._DELETED`.
        user_id (int): The id of its owner.
        username (str): The username of its owner.
        agent_user_group (AgentUserGroup | Unset): The POSIX user and group a user's (or a workspace's) tasks run as on
            agents.
        auto_created_namespace (str | Unset): The Kubernetes namespace made for it automatically, if any.
        checkpoint_storage_config (WorkspaceCheckpointStorageConfig | Unset): Checkpoint storage its experiments use
            instead of the cluster's; absent to use the cluster's.
        default_aux_pool (str | Unset): The resource pool its CPU-only work goes to by default.
        default_compute_pool (str | Unset): The resource pool its GPU work goes to by default.
        pinned_at (datetime.datetime | Unset): When the calling user pinned it.
    """

    archived: bool
    error_message: str
    id: int
    immutable: bool
    name: str
    num_experiments: int
    num_projects: int
    pinned: bool
    state: WorkspaceState
    user_id: int
    username: str
    agent_user_group: AgentUserGroup | Unset = UNSET
    auto_created_namespace: str | Unset = UNSET
    checkpoint_storage_config: WorkspaceCheckpointStorageConfig | Unset = UNSET
    default_aux_pool: str | Unset = UNSET
    default_compute_pool: str | Unset = UNSET
    pinned_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived = self.archived

        error_message = self.error_message

        id = self.id

        immutable = self.immutable

        name = self.name

        num_experiments = self.num_experiments

        num_projects = self.num_projects

        pinned = self.pinned

        state: str = self.state

        user_id = self.user_id

        username = self.username

        agent_user_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_user_group, Unset):
            agent_user_group = self.agent_user_group.to_dict()

        auto_created_namespace = self.auto_created_namespace

        checkpoint_storage_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint_storage_config, Unset):
            checkpoint_storage_config = self.checkpoint_storage_config.to_dict()

        default_aux_pool = self.default_aux_pool

        default_compute_pool = self.default_compute_pool

        pinned_at: str | Unset = UNSET
        if not isinstance(self.pinned_at, Unset):
            pinned_at = self.pinned_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "archived": archived,
                "errorMessage": error_message,
                "id": id,
                "immutable": immutable,
                "name": name,
                "numExperiments": num_experiments,
                "numProjects": num_projects,
                "pinned": pinned,
                "state": state,
                "userId": user_id,
                "username": username,
            }
        )
        if agent_user_group is not UNSET:
            field_dict["agentUserGroup"] = agent_user_group
        if auto_created_namespace is not UNSET:
            field_dict["autoCreatedNamespace"] = auto_created_namespace
        if checkpoint_storage_config is not UNSET:
            field_dict["checkpointStorageConfig"] = checkpoint_storage_config
        if default_aux_pool is not UNSET:
            field_dict["defaultAuxPool"] = default_aux_pool
        if default_compute_pool is not UNSET:
            field_dict["defaultComputePool"] = default_compute_pool
        if pinned_at is not UNSET:
            field_dict["pinnedAt"] = pinned_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        archived = d.pop("archived")
        if type(archived) is not bool:
            raise TypeError(f"Workspace.archived: expected bool, got {type(archived).__name__}")

        error_message = d.pop("errorMessage")
        if type(error_message) is not str:
            raise TypeError(f"Workspace.errorMessage: expected str, got {type(error_message).__name__}")

        id = d.pop("id")
        if type(id) is not int:
            raise TypeError(f"Workspace.id: expected int, got {type(id).__name__}")

        immutable = d.pop("immutable")
        if type(immutable) is not bool:
            raise TypeError(f"Workspace.immutable: expected bool, got {type(immutable).__name__}")

        name = d.pop("name")
        if type(name) is not str:
            raise TypeError(f"Workspace.name: expected str, got {type(name).__name__}")

        num_experiments = d.pop("numExperiments")
        if type(num_experiments) is not int:
            raise TypeError(f"Workspace.numExperiments: expected int, got {type(num_experiments).__name__}")

        num_projects = d.pop("numProjects")
        if type(num_projects) is not int:
            raise TypeError(f"Workspace.numProjects: expected int, got {type(num_projects).__name__}")

        pinned = d.pop("pinned")
        if type(pinned) is not bool:
            raise TypeError(f"Workspace.pinned: expected bool, got {type(pinned).__name__}")

        _state = d.pop("state")
        if type(_state) is not str:
            raise TypeError(f"Workspace.state: expected str, got {type(_state).__name__}")
        state = check_workspace_state(_state)

        user_id = d.pop("userId")
        if type(user_id) is not int:
            raise TypeError(f"Workspace.userId: expected int, got {type(user_id).__name__}")

        username = d.pop("username")
        if type(username) is not str:
            raise TypeError(f"Workspace.username: expected str, got {type(username).__name__}")

        _agent_user_group = d.pop("agentUserGroup", UNSET)
        agent_user_group: AgentUserGroup | Unset
        if _agent_user_group is UNSET:
            agent_user_group = UNSET
        else:
            if not isinstance(_agent_user_group, dict):
                raise TypeError(f"Workspace.agentUserGroup: expected object, got {type(_agent_user_group).__name__}")
            agent_user_group = AgentUserGroup.from_dict(_agent_user_group)

        auto_created_namespace = d.pop("autoCreatedNamespace", UNSET)
        if type(auto_created_namespace) is not str and auto_created_namespace is not UNSET:
            raise TypeError(
                f"Workspace.autoCreatedNamespace: expected str, got {type(auto_created_namespace).__name__}"
            )

        _checkpoint_storage_config = d.pop("checkpointStorageConfig", UNSET)
        checkpoint_storage_config: WorkspaceCheckpointStorageConfig | Unset
        if _checkpoint_storage_config is UNSET:
            checkpoint_storage_config = UNSET
        else:
            if not isinstance(_checkpoint_storage_config, dict):
                raise TypeError(
                    f"Workspace.checkpointStorageConfig: expected object, got {type(_checkpoint_storage_config).__name__}"
                )
            checkpoint_storage_config = WorkspaceCheckpointStorageConfig.from_dict(_checkpoint_storage_config)

        default_aux_pool = d.pop("defaultAuxPool", UNSET)
        if type(default_aux_pool) is not str and default_aux_pool is not UNSET:
            raise TypeError(f"Workspace.defaultAuxPool: expected str, got {type(default_aux_pool).__name__}")

        default_compute_pool = d.pop("defaultComputePool", UNSET)
        if type(default_compute_pool) is not str and default_compute_pool is not UNSET:
            raise TypeError(f"Workspace.defaultComputePool: expected str, got {type(default_compute_pool).__name__}")

        _pinned_at = d.pop("pinnedAt", UNSET)
        pinned_at: datetime.datetime | Unset
        if _pinned_at is UNSET:
            pinned_at = UNSET
        else:
            if type(_pinned_at) is not str:
                raise TypeError(f"Workspace.pinnedAt: expected str (date-time), got {type(_pinned_at).__name__}")
            pinned_at = datetime.datetime.fromisoformat(_pinned_at)

        workspace = cls(
            archived,
            error_message,
            id,
            immutable,
            name,
            num_experiments,
            num_projects,
            pinned,
            state,
            user_id,
            username,
            agent_user_group,
            auto_created_namespace,
            checkpoint_storage_config,
            default_aux_pool,
            default_compute_pool,
            pinned_at,
        )

        workspace.additional_properties = d if d else {}
        return workspace

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# determined-client template: models this one refers to, imported after the class exists so
# that models which refer to each other import in any order, and once, not per call.
from ..models.agent_user_group import AgentUserGroup  # noqa: E402
from ..models.workspace_checkpoint_storage_config import WorkspaceCheckpointStorageConfig  # noqa: E402
