from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateGroupRequest")


@_attrs_define
class UpdateGroupRequest:
    """
    Attributes:
        group_id (int):
        add_users (list[int] | Unset):
        name (str | Unset):
        remove_users (list[int] | Unset):
    """

    group_id: int
    add_users: list[int] | Unset = UNSET
    name: str | Unset = UNSET
    remove_users: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        add_users: list[int] | Unset = UNSET
        if not isinstance(self.add_users, Unset):
            add_users = self.add_users

        name = self.name

        remove_users: list[int] | Unset = UNSET
        if not isinstance(self.remove_users, Unset):
            remove_users = self.remove_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groupId": group_id,
            }
        )
        if add_users is not UNSET:
            field_dict["addUsers"] = add_users
        if name is not UNSET:
            field_dict["name"] = name
        if remove_users is not UNSET:
            field_dict["removeUsers"] = remove_users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = d.pop("groupId")
        if type(group_id) is not int:
            raise TypeError(f"UpdateGroupRequest.groupId: expected int, got {type(group_id).__name__}")

        _add_users = d.pop("addUsers", UNSET)
        add_users: list[int] | Unset = UNSET
        if _add_users is not UNSET:
            if not isinstance(_add_users, list):
                raise TypeError(f"UpdateGroupRequest.addUsers: expected list, got {type(_add_users).__name__}")
            for add_users_item_data in _add_users:
                if type(add_users_item_data) is not int:
                    raise TypeError(
                        f"UpdateGroupRequest.addUsers item: expected int, got {type(add_users_item_data).__name__}"
                    )
            add_users = _add_users

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise TypeError(f"UpdateGroupRequest.name: expected str, got {type(name).__name__}")

        _remove_users = d.pop("removeUsers", UNSET)
        remove_users: list[int] | Unset = UNSET
        if _remove_users is not UNSET:
            if not isinstance(_remove_users, list):
                raise TypeError(f"UpdateGroupRequest.removeUsers: expected list, got {type(_remove_users).__name__}")
            for remove_users_item_data in _remove_users:
                if type(remove_users_item_data) is not int:
                    raise TypeError(
                        f"UpdateGroupRequest.removeUsers item: expected int, got {type(remove_users_item_data).__name__}"
                    )
            remove_users = _remove_users

        update_group_request = cls(
            group_id,
            add_users,
            name,
            remove_users,
        )

        update_group_request.additional_properties = d if d else {}
        return update_group_request

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
