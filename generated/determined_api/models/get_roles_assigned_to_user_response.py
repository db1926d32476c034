from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetRolesAssignedToUserResponse")


@_attrs_define
class GetRolesAssignedToUserResponse:
    """
    Attributes:
        roles (list[RoleWithAssignments]):
    """

    roles: list[RoleWithAssignments]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roles": roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _roles = d.pop("roles")
        if not isinstance(_roles, list):
            raise TypeError(f"GetRolesAssignedToUserResponse.roles: expected list, got {type(_roles).__name__}")
        roles = []
        for roles_item_data in _roles:
            if not isinstance(roles_item_data, dict):
                raise TypeError(
                    f"GetRolesAssignedToUserResponse.roles item: expected object, got {type(roles_item_data).__name__}"
                )
            roles_item = RoleWithAssignments.from_dict(roles_item_data)

            roles.append(roles_item)

        get_roles_assigned_to_user_response = cls(
            roles,
        )

        get_roles_assigned_to_user_response.additional_properties = d if d else {}
        return get_roles_assigned_to_user_response

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
from ..models.role_with_assignments import RoleWithAssignments  # noqa: E402
