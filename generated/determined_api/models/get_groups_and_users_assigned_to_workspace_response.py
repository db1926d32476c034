from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetGroupsAndUsersAssignedToWorkspaceResponse")


@_attrs_define
class GetGroupsAndUsersAssignedToWorkspaceResponse:
    """
    Attributes:
        assignments (list[RoleWithAssignments]):
        groups (list[GroupDetails]):
        users_assigned_directly (list[User]):
    """

    assignments: list[RoleWithAssignments]
    groups: list[GroupDetails]
    users_assigned_directly: list[User]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignments = []
        for assignments_item_data in self.assignments:
            assignments_item = assignments_item_data.to_dict()
            assignments.append(assignments_item)

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        users_assigned_directly = []
        for users_assigned_directly_item_data in self.users_assigned_directly:
            users_assigned_directly_item = users_assigned_directly_item_data.to_dict()
            users_assigned_directly.append(users_assigned_directly_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignments": assignments,
                "groups": groups,
                "usersAssignedDirectly": users_assigned_directly,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _assignments = d.pop("assignments")
        if not isinstance(_assignments, list):
            raise TypeError(
                f"GetGroupsAndUsersAssignedToWorkspaceResponse.assignments: expected list, got {type(_assignments).__name__}"
            )
        assignments = []
        for assignments_item_data in _assignments:
            if not isinstance(assignments_item_data, dict):
                raise TypeError(
                    f"GetGroupsAndUsersAssignedToWorkspaceResponse.assignments item: expected object, got {type(assignments_item_data).__name__}"
                )
            assignments_item = RoleWithAssignments.from_dict(assignments_item_data)

            assignments.append(assignments_item)

        _groups = d.pop("groups")
        if not isinstance(_groups, list):
            raise TypeError(
                f"GetGroupsAndUsersAssignedToWorkspaceResponse.groups: expected list, got {type(_groups).__name__}"
            )
        groups = []
        for groups_item_data in _groups:
            if not isinstance(groups_item_data, dict):
                raise TypeError(
                    f"GetGroupsAndUsersAssignedToWorkspaceResponse.groups item: expected object, got {type(groups_item_data).__name__}"
                )
            groups_item = GroupDetails.from_dict(groups_item_data)

            groups.append(groups_item)

        _users_assigned_directly = d.pop("usersAssignedDirectly")
        if not isinstance(_users_assigned_directly, list):
            raise TypeError(
                f"GetGroupsAndUsersAssignedToWorkspaceResponse.usersAssignedDirectly: expected list, got {type(_users_assigned_directly).__name__}"
            )
        users_assigned_directly = []
        for users_assigned_directly_item_data in _users_assigned_directly:
            if not isinstance(users_assigned_directly_item_data, dict):
                raise TypeError(
                    f"GetGroupsAndUsersAssignedToWorkspaceResponse.usersAssignedDirectly item: expected object, got {type(users_assigned_directly_item_data).__name__}"
                )
            users_assigned_directly_item = User.from_dict(users_assigned_directly_item_data)

            users_assigned_directly.append(users_assigned_directly_item)

        get_groups_and_users_assigned_to_workspace_response = cls(
            assignments,
            groups,
            users_assigned_directly,
        )

        get_groups_and_users_assigned_to_workspace_response.additional_properties = d if d else {}
        return get_groups_and_users_assigned_to_workspace_response

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
from ..models.group_details import GroupDetails  # noqa: E402
from ..models.role_with_assignments import RoleWithAssignments  # noqa: E402
from ..models.user import User  # noqa: E402
