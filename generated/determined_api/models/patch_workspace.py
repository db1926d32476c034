from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchWorkspace")


@_attrs_define
class PatchWorkspace:
    """
    Attributes:
        agent_user_group (AgentUserGroup | Unset): The POSIX user and group a user's (or a workspace's) tasks run as on
            agents.
        checkpoint_storage_config (PatchWorkspaceCheckpointStorageConfig | Unset):
        cluster_namespace_meta (PatchWorkspaceClusterNamespaceMeta | Unset):
        default_aux_pool (str | Unset):
        default_aux_resource_pool (str | Unset):
        default_compute_pool (str | Unset):
        default_compute_resource_pool (str | Unset):
        name (None | str | Unset):
    """

    agent_user_group: AgentUserGroup | Unset = UNSET
    checkpoint_storage_config: PatchWorkspaceCheckpointStorageConfig | Unset = UNSET
    cluster_namespace_meta: PatchWorkspaceClusterNamespaceMeta | Unset = UNSET
    default_aux_pool: str | Unset = UNSET
    default_aux_resource_pool: str | Unset = UNSET
    default_compute_pool: str | Unset = UNSET
    default_compute_resource_pool: str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_user_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_user_group, Unset):
            agent_user_group = self.agent_user_group.to_dict()

        checkpoint_storage_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint_storage_config, Unset):
            checkpoint_storage_config = self.checkpoint_storage_config.to_dict()

        cluster_namespace_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster_namespace_meta, Unset):
            cluster_namespace_meta = self.cluster_namespace_meta.to_dict()

        default_aux_pool = self.default_aux_pool

        default_aux_resource_pool = self.default_aux_resource_pool

        default_compute_pool = self.default_compute_pool

        default_compute_resource_pool = self.default_compute_resource_pool

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_user_group is not UNSET:
            field_dict["agentUserGroup"] = agent_user_group
        if checkpoint_storage_config is not UNSET:
            field_dict["checkpointStorageConfig"] = checkpoint_storage_config
        if cluster_namespace_meta is not UNSET:
            field_dict["clusterNamespaceMeta"] = cluster_namespace_meta
        if default_aux_pool is not UNSET:
            field_dict["defaultAuxPool"] = default_aux_pool
        if default_aux_resource_pool is not UNSET:
            field_dict["defaultAuxResourcePool"] = default_aux_resource_pool
        if default_compute_pool is not UNSET:
            field_dict["defaultComputePool"] = default_compute_pool
        if default_compute_resource_pool is not UNSET:
            field_dict["defaultComputeResourcePool"] = default_compute_resource_pool
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _agent_user_group = d.pop("agentUserGroup", UNSET)
        agent_user_group: AgentUserGroup | Unset
        if _agent_user_group is UNSET:
            agent_user_group = UNSET
        else:
            if not isinstance(_agent_user_group, dict):
                raise TypeError(
                    f"PatchWorkspace.agentUserGroup: expected object, got {type(_agent_user_group).__name__}"
                )
            agent_user_group = AgentUserGroup.from_dict(_agent_user_group)

        _checkpoint_storage_config = d.pop("checkpointStorageConfig", UNSET)
        checkpoint_storage_config: PatchWorkspaceCheckpointStorageConfig | Unset
        if _checkpoint_storage_config is UNSET:
            checkpoint_storage_config = UNSET
        else:
            if not isinstance(_checkpoint_storage_config, dict):
                raise TypeError(
                    f"PatchWorkspace.checkpointStorageConfig: expected object, got {type(_checkpoint_storage_config).__name__}"
                )
            checkpoint_storage_config = PatchWorkspaceCheckpointStorageConfig.from_dict(_checkpoint_storage_config)

        _cluster_namespace_meta = d.pop("clusterNamespaceMeta", UNSET)
        cluster_namespace_meta: PatchWorkspaceClusterNamespaceMeta | Unset
        if _cluster_namespace_meta is UNSET:
            cluster_namespace_meta = UNSET
        else:
            if not isinstance(_cluster_namespace_meta, dict):
                raise TypeError(
                    f"PatchWorkspace.clusterNamespaceMeta: expected object, got {type(_cluster_namespace_meta).__name__}"
                )
            cluster_namespace_meta = PatchWorkspaceClusterNamespaceMeta.from_dict(_cluster_namespace_meta)

        default_aux_pool = d.pop("defaultAuxPool", UNSET)
        if type(default_aux_pool) is not str and default_aux_pool is not UNSET:
            raise TypeError(f"PatchWorkspace.defaultAuxPool: expected str, got {type(default_aux_pool).__name__}")

        default_aux_resource_pool = d.pop("defaultAuxResourcePool", UNSET)
        if type(default_aux_resource_pool) is not str and default_aux_resource_pool is not UNSET:
            raise TypeError(
                f"PatchWorkspace.defaultAuxResourcePool: expected str, got {type(default_aux_resource_pool).__name__}"
            )

        default_compute_pool = d.pop("defaultComputePool", UNSET)
        if type(default_compute_pool) is not str and default_compute_pool is not UNSET:
            raise TypeError(
                f"PatchWorkspace.defaultComputePool: expected str, got {type(default_compute_pool).__name__}"
            )

        default_compute_resource_pool = d.pop("defaultComputeResourcePool", UNSET)
        if type(default_compute_resource_pool) is not str and default_compute_resource_pool is not UNSET:
            raise TypeError(
                f"PatchWorkspace.defaultComputeResourcePool: expected str, got {type(default_compute_resource_pool).__name__}"
            )

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not None and name is not UNSET:
            raise TypeError(f"PatchWorkspace.name: expected str, got {type(name).__name__}")

        patch_workspace = cls(
            agent_user_group,
            checkpoint_storage_config,
            cluster_namespace_meta,
            default_aux_pool,
            default_aux_resource_pool,
            default_compute_pool,
            default_compute_resource_pool,
            name,
        )

        patch_workspace.additional_properties = d if d else {}
        return patch_workspace

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
from ..models.patch_workspace_checkpoint_storage_config import PatchWorkspaceCheckpointStorageConfig  # noqa: E402
from ..models.patch_workspace_cluster_namespace_meta import PatchWorkspaceClusterNamespaceMeta  # noqa: E402
