from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetWorkspaceNamespaceBindingsRequest")


@_attrs_define
class SetWorkspaceNamespaceBindingsRequest:
    """
    Attributes:
        workspace_id (int):
        cluster_namespace_meta (SetWorkspaceNamespaceBindingsRequestClusterNamespaceMeta | Unset):
    """

    workspace_id: int
    cluster_namespace_meta: SetWorkspaceNamespaceBindingsRequestClusterNamespaceMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        cluster_namespace_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster_namespace_meta, Unset):
            cluster_namespace_meta = self.cluster_namespace_meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspaceId": workspace_id,
            }
        )
        if cluster_namespace_meta is not UNSET:
            field_dict["clusterNamespaceMeta"] = cluster_namespace_meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workspace_id = d.pop("workspaceId")
        if type(workspace_id) is not int:
            raise TypeError(
                f"SetWorkspaceNamespaceBindingsRequest.workspaceId: expected int, got {type(workspace_id).__name__}"
            )

        _cluster_namespace_meta = d.pop("clusterNamespaceMeta", UNSET)
        cluster_namespace_meta: SetWorkspaceNamespaceBindingsRequestClusterNamespaceMeta | Unset
        if _cluster_namespace_meta is UNSET:
            cluster_namespace_meta = UNSET
        else:
            if not isinstance(_cluster_namespace_meta, dict):
                raise TypeError(
                    f"SetWorkspaceNamespaceBindingsRequest.clusterNamespaceMeta: expected object, got {type(_cluster_namespace_meta).__name__}"
                )
            cluster_namespace_meta = SetWorkspaceNamespaceBindingsRequestClusterNamespaceMeta.from_dict(
                _cluster_namespace_meta
            )

        set_workspace_namespace_bindings_request = cls(
            workspace_id,
            cluster_namespace_meta,
        )

        set_workspace_namespace_bindings_request.additional_properties = d if d else {}
        return set_workspace_namespace_bindings_request

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
from ..models.set_workspace_namespace_bindings_request_cluster_namespace_meta import (
    SetWorkspaceNamespaceBindingsRequestClusterNamespaceMeta,  # noqa: E402
)
