from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleWithAssignments")


@_attrs_define
class RoleWithAssignments:
    """
    Attributes:
        group_role_assignments (list[GroupRoleAssignment] | Unset):
        role (None | Role | Unset):
        user_role_assignments (list[UserRoleAssignment] | Unset):
    """

    group_role_assignments: list[GroupRoleAssignment] | Unset = UNSET
    role: None | Role | Unset = UNSET
    user_role_assignments: list[UserRoleAssignment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_role_assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.group_role_assignments, Unset):
            group_role_assignments = []
            for group_role_assignments_item_data in self.group_role_assignments:
                group_role_assignments_item = group_role_assignments_item_data.to_dict()
                group_role_assignments.append(group_role_assignments_item)

        role: dict[str, Any] | None | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, Role):
            role = self.role.to_dict()
        else:
            role = self.role

        user_role_assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_role_assignments, Unset):
            user_role_assignments = []
            for user_role_assignments_item_data in self.user_role_assignments:
                user_role_assignments_item = user_role_assignments_item_data.to_dict()
                user_role_assignments.append(user_role_assignments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_role_assignments is not UNSET:
            field_dict["groupRoleAssignments"] = group_role_assignments
        if role is not UNSET:
            field_dict["role"] = role
        if user_role_assignments is not UNSET:
            field_dict["userRoleAssignments"] = user_role_assignments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _group_role_assignments = d.pop("groupRoleAssignments", UNSET)
        group_role_assignments: list[GroupRoleAssignment] | Unset = UNSET
        if _group_role_assignments is not UNSET:
            if not isinstance(_group_role_assignments, list):
                raise TypeError(
                    f"RoleWithAssignments.groupRoleAssignments: expected list, got {type(_group_role_assignments).__name__}"
                )
            group_role_assignments = []
            for group_role_assignments_item_data in _group_role_assignments:
                if not isinstance(group_role_assignments_item_data, dict):
                    raise TypeError(
                        f"RoleWithAssignments.groupRoleAssignments item: expected object, got {type(group_role_assignments_item_data).__name__}"
                    )
                group_role_assignments_item = GroupRoleAssignment.from_dict(group_role_assignments_item_data)

                group_role_assignments.append(group_role_assignments_item)

        _role = d.pop("role", UNSET)
        role: None | Role | Unset
        if _role is None or _role is UNSET:
            role = _role
        else:
            if not isinstance(_role, dict):
                raise TypeError(f"RoleWithAssignments.role: expected object, got {type(_role).__name__}")
            role_type_0 = Role.from_dict(_role)

            role = role_type_0

        _user_role_assignments = d.pop("userRoleAssignments", UNSET)
        user_role_assignments: list[UserRoleAssignment] | Unset = UNSET
        if _user_role_assignments is not UNSET:
            if not isinstance(_user_role_assignments, list):
                raise TypeError(
                    f"RoleWithAssignments.userRoleAssignments: expected list, got {type(_user_role_assignments).__name__}"
                )
            user_role_assignments = []
            for user_role_assignments_item_data in _user_role_assignments:
                if not isinstance(user_role_assignments_item_data, dict):
                    raise TypeError(
                        f"RoleWithAssignments.userRoleAssignments item: expected object, got {type(user_role_assignments_item_data).__name__}"
                    )
                user_role_assignments_item = UserRoleAssignment.from_dict(user_role_assignments_item_data)

                user_role_assignments.append(user_role_assignments_item)

        role_with_assignments = cls(
            group_role_assignments,
            role,
            user_role_assignments,
        )

        role_with_assignments.additional_properties = d if d else {}
        return role_with_assignments

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
from ..models.group_role_assignment import GroupRoleAssignment  # noqa: E402
from ..models.role import Role  # noqa: E402
from ..models.user_role_assignment import UserRoleAssignment  # noqa: E402
