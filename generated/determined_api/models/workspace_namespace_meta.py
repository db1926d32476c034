from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceNamespaceMeta")


@_attrs_define
class WorkspaceNamespaceMeta:
    """
    Attributes:
        auto_create_namespace (bool | Unset):
        auto_create_namespace_all_clusters (bool | Unset):
        cluster_name (str | Unset):
        namespace (str | Unset):
        resource_quota (int | Unset):
    """

    auto_create_namespace: bool | Unset = UNSET
    auto_create_namespace_all_clusters: bool | Unset = UNSET
    cluster_name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    resource_quota: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_create_namespace = self.auto_create_namespace

        auto_create_namespace_all_clusters = self.auto_create_namespace_all_clusters

        cluster_name = self.cluster_name

        namespace = self.namespace

        resource_quota = self.resource_quota

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_create_namespace is not UNSET:
            field_dict["autoCreateNamespace"] = auto_create_namespace
        if auto_create_namespace_all_clusters is not UNSET:
            field_dict["autoCreateNamespaceAllClusters"] = auto_create_namespace_all_clusters
        if cluster_name is not UNSET:
            field_dict["clusterName"] = cluster_name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if resource_quota is not UNSET:
            field_dict["resourceQuota"] = resource_quota

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_create_namespace = d.pop("autoCreateNamespace", UNSET)
        if type(auto_create_namespace) is not bool and auto_create_namespace is not UNSET:
            raise TypeError(
                f"WorkspaceNamespaceMeta.autoCreateNamespace: expected bool, got {type(auto_create_namespace).__name__}"
            )

        auto_create_namespace_all_clusters = d.pop("autoCreateNamespaceAllClusters", UNSET)
        if type(auto_create_namespace_all_clusters) is not bool and auto_create_namespace_all_clusters is not UNSET:
            raise TypeError(
                f"WorkspaceNamespaceMeta.autoCreateNamespaceAllClusters: expected bool, got {type(auto_create_namespace_all_clusters).__name__}"
            )

        cluster_name = d.pop("clusterName", UNSET)
        if type(cluster_name) is not str and cluster_name is not UNSET:
            raise TypeError(f"WorkspaceNamespaceMeta.clusterName: expected str, got {type(cluster_name).__name__}")

        namespace = d.pop("namespace", UNSET)
        if type(namespace) is not str and namespace is not UNSET:
            raise TypeError(f"WorkspaceNamespaceMeta.namespace: expected str, got {type(namespace).__name__}")

        resource_quota = d.pop("resourceQuota", UNSET)
        if type(resource_quota) is not int and resource_quota is not UNSET:
            raise TypeError(f"WorkspaceNamespaceMeta.resourceQuota: expected int, got {type(resource_quota).__name__}")

        workspace_namespace_meta = cls(
            auto_create_namespace,
            auto_create_namespace_all_clusters,
            cluster_name,
            namespace,
            resource_quota,
        )

        workspace_namespace_meta.additional_properties = d if d else {}
        return workspace_namespace_meta

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
