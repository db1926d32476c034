from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetPermissionsSummaryResponse")


@_attrs_define
class GetPermissionsSummaryResponse:
    """
    Attributes:
        assignments (list[RoleAssignmentSummary]):
        roles (list[Role]):
    """

    assignments: list[RoleAssignmentSummary]
    roles: list[Role]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignments = []
        for assignments_item_data in self.assignments:
            assignments_item = assignments_item_data.to_dict()
            assignments.append(assignments_item)

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignments": assignments,
                "roles": roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _assignments = d.pop("assignments")
        if not isinstance(_assignments, list):
            raise TypeError(
                f"GetPermissionsSummaryResponse.assignments: expected list, got {type(_assignments).__name__}"
            )
        assignments = []
        for assignments_item_data in _assignments:
            if not isinstance(assignments_item_data, dict):
                raise TypeError(
                    f"GetPermissionsSummaryResponse.assignments item: expected object, got {type(assignments_item_data).__name__}"
                )
            assignments_item = RoleAssignmentSummary.from_dict(assignments_item_data)

            assignments.append(assignments_item)

        _roles = d.pop("roles")
        if not isinstance(_roles, list):
            raise TypeError(f"GetPermissionsSummaryResponse.roles: expected list, got {type(_roles).__name__}")
        roles = []
        for roles_item_data in _roles:
            if not isinstance(roles_item_data, dict):
                raise TypeError(
                    f"GetPermissionsSummaryResponse.roles item: expected object, got {type(roles_item_data).__name__}"
                )
            roles_item = Role.from_dict(roles_item_data)

            roles.append(roles_item)

        get_permissions_summary_response = cls(
            assignments,
            roles,
        )

        get_permissions_summary_response.additional_properties = d if d else {}
        return get_permissions_summary_response

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
from ..models.role_assignment_summary import RoleAssignmentSummary  # noqa: E402
