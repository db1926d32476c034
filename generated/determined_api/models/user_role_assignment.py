from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserRoleAssignment")


@_attrs_define
class UserRoleAssignment:
    """
    Attributes:
        role_assignment (None | RoleAssignment):
        user_id (int):
    """

    role_assignment: None | RoleAssignment
    user_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_assignment: dict[str, Any] | None
        if isinstance(self.role_assignment, RoleAssignment):
            role_assignment = self.role_assignment.to_dict()
        else:
            role_assignment = self.role_assignment

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roleAssignment": role_assignment,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _role_assignment = d.pop("roleAssignment")
        role_assignment: None | RoleAssignment
        if _role_assignment is None:
            role_assignment = _role_assignment
        else:
            if not isinstance(_role_assignment, dict):
                raise TypeError(
                    f"UserRoleAssignment.roleAssignment: expected object, got {type(_role_assignment).__name__}"
                )
            role_assignment_type_0 = RoleAssignment.from_dict(_role_assignment)

            role_assignment = role_assignment_type_0

        user_id = d.pop("userId")
        if type(user_id) is not int:
            raise TypeError(f"UserRoleAssignment.userId: expected int, got {type(user_id).__name__}")

        user_role_assignment = cls(
            role_assignment,
            user_id,
        )

        user_role_assignment.additional_properties = d if d else {}
        return user_role_assignment

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
from ..models.role_assignment import RoleAssignment  # noqa: E402
