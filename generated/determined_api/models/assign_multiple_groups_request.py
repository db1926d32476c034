from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssignMultipleGroupsRequest")


@_attrs_define
class AssignMultipleGroupsRequest:
    """
    Attributes:
        add_groups (list[int]):
        remove_groups (list[int]):
        user_ids (list[int]):
    """

    add_groups: list[int]
    remove_groups: list[int]
    user_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_groups = self.add_groups

        remove_groups = self.remove_groups

        user_ids = self.user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addGroups": add_groups,
                "removeGroups": remove_groups,
                "userIds": user_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _add_groups = d.pop("addGroups")
        if not isinstance(_add_groups, list):
            raise TypeError(f"AssignMultipleGroupsRequest.addGroups: expected list, got {type(_add_groups).__name__}")
        for add_groups_item_data in _add_groups:
            if type(add_groups_item_data) is not int:
                raise TypeError(
                    f"AssignMultipleGroupsRequest.addGroups item: expected int, got {type(add_groups_item_data).__name__}"
                )
        add_groups: list[int] = _add_groups

        _remove_groups = d.pop("removeGroups")
        if not isinstance(_remove_groups, list):
            raise TypeError(
                f"AssignMultipleGroupsRequest.removeGroups: expected list, got {type(_remove_groups).__name__}"
            )
        for remove_groups_item_data in _remove_groups:
            if type(remove_groups_item_data) is not int:
                raise TypeError(
                    f"AssignMultipleGroupsRequest.removeGroups item: expected int, got {type(remove_groups_item_data).__name__}"
                )
        remove_groups: list[int] = _remove_groups

        _user_ids = d.pop("userIds")
        if not isinstance(_user_ids, list):
            raise TypeError(f"AssignMultipleGroupsRequest.userIds: expected list, got {type(_user_ids).__name__}")
        for user_ids_item_data in _user_ids:
            if type(user_ids_item_data) is not int:
                raise TypeError(
                    f"AssignMultipleGroupsRequest.userIds item: expected int, got {type(user_ids_item_data).__name__}"
                )
        user_ids: list[int] = _user_ids

        assign_multiple_groups_request = cls(
            add_groups,
            remove_groups,
            user_ids,
        )

        assign_multiple_groups_request.additional_properties = d if d else {}
        return assign_multiple_groups_request

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
