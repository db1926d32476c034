from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleAssignment")


@_attrs_define
class RoleAssignment:
    """
    Attributes:
        role (None | Role):
        scope_cluster (bool | Unset):
        scope_workspace_id (int | Unset):
    """

    role: None | Role
    scope_cluster: bool | Unset = UNSET
    scope_workspace_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: dict[str, Any] | None
        if isinstance(self.role, Role):
            role = self.role.to_dict()
        else:
            role = self.role

        scope_cluster = self.scope_cluster

        scope_workspace_id = self.scope_workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if scope_cluster is not UNSET:
            field_dict["scopeCluster"] = scope_cluster
        if scope_workspace_id is not UNSET:
            field_dict["scopeWorkspaceId"] = scope_workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _role = d.pop("role")
        role: None | Role
        if _role is None:
            role = _role
        else:
            if not isinstance(_role, dict):
                raise TypeError(f"RoleAssignment.role: expected object, got {type(_role).__name__}")
            role_type_0 = Role.from_dict(_role)

            role = role_type_0

        scope_cluster = d.pop("scopeCluster", UNSET)
        if type(scope_cluster) is not bool and scope_cluster is not UNSET:
            raise TypeError(f"RoleAssignment.scopeCluster: expected bool, got {type(scope_cluster).__name__}")

        scope_workspace_id = d.pop("scopeWorkspaceId", UNSET)
        if type(scope_workspace_id) is not int and scope_workspace_id is not UNSET:
            raise TypeError(f"RoleAssignment.scopeWorkspaceId: expected int, got {type(scope_workspace_id).__name__}")

        role_assignment = cls(
            role,
            scope_cluster,
            scope_workspace_id,
        )

        role_assignment.additional_properties = d if d else {}
        return role_assignment

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
from ..models.role import Role  # noqa: E402
