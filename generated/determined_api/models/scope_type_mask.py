from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScopeTypeMask")


@_attrs_define
class ScopeTypeMask:
    """
    Attributes:
        cluster (bool | Unset):
        workspace (bool | Unset):
    """

    cluster: bool | Unset = UNSET
    workspace: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster = self.cluster

        workspace = self.workspace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if workspace is not UNSET:
            field_dict["workspace"] = workspace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster = d.pop("cluster", UNSET)
        if type(cluster) is not bool and cluster is not UNSET:
            raise TypeError(f"ScopeTypeMask.cluster: expected bool, got {type(cluster).__name__}")

        workspace = d.pop("workspace", UNSET)
        if type(workspace) is not bool and workspace is not UNSET:
            raise TypeError(f"ScopeTypeMask.workspace: expected bool, got {type(workspace).__name__}")

        scope_type_mask = cls(
            cluster,
            workspace,
        )

        scope_type_mask.additional_properties = d if d else {}
        return scope_type_mask

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
