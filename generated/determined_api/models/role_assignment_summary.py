from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleAssignmentSummary")


@_attrs_define
class RoleAssignmentSummary:
    """
    Attributes:
        role_id (int):
        scope_cluster (bool | Unset):
        scope_workspace_ids (list[int] | Unset):
    """

    role_id: int
    scope_cluster: bool | Unset = UNSET
    scope_workspace_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        scope_cluster = self.scope_cluster

        scope_workspace_ids: list[int] | Unset = UNSET
        if not isinstance(self.scope_workspace_ids, Unset):
            scope_workspace_ids = self.scope_workspace_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roleId": role_id,
            }
        )
        if scope_cluster is not UNSET:
            field_dict["scopeCluster"] = scope_cluster
        if scope_workspace_ids is not UNSET:
            field_dict["scopeWorkspaceIds"] = scope_workspace_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_id = d.pop("roleId")
        if type(role_id) is not int:
            raise TypeError(f"RoleAssignmentSummary.roleId: expected int, got {type(role_id).__name__}")

        scope_cluster = d.pop("scopeCluster", UNSET)
        if type(scope_cluster) is not bool and scope_cluster is not UNSET:
            raise TypeError(f"RoleAssignmentSummary.scopeCluster: expected bool, got {type(scope_cluster).__name__}")

        _scope_workspace_ids = d.pop("scopeWorkspaceIds", UNSET)
        scope_workspace_ids: list[int] | Unset = UNSET
        if _scope_workspace_ids is not UNSET:
            if not isinstance(_scope_workspace_ids, list):
                raise TypeError(
                    f"RoleAssignmentSummary.scopeWorkspaceIds: expected list, got {type(_scope_workspace_ids).__name__}"
                )
            for scope_workspace_ids_item_data in _scope_workspace_ids:
                if type(scope_workspace_ids_item_data) is not int:
                    raise TypeError(
                        f"RoleAssignmentSummary.scopeWorkspaceIds item: expected int, got {type(scope_workspace_ids_item_data).__name__}"
                    )
            scope_workspace_ids = _scope_workspace_ids

        role_assignment_summary = cls(
            role_id,
            scope_cluster,
            scope_workspace_ids,
        )

        role_assignment_summary.additional_properties = d if d else {}
        return role_assignment_summary

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
