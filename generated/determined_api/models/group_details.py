from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupDetails")


@_attrs_define
class GroupDetails:
    """
    Attributes:
        group_id (int | Unset):
        name (str | Unset):
        users (list[User] | Unset):
    """

    group_id: int | Unset = UNSET
    name: str | Unset = UNSET
    users: list[User] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        name = self.name

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if name is not UNSET:
            field_dict["name"] = name
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = d.pop("groupId", UNSET)
        if type(group_id) is not int and group_id is not UNSET:
            raise TypeError(f"GroupDetails.groupId: expected int, got {type(group_id).__name__}")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise TypeError(f"GroupDetails.name: expected str, got {type(name).__name__}")

        _users = d.pop("users", UNSET)
        users: list[User] | Unset = UNSET
        if _users is not UNSET:
            if not isinstance(_users, list):
                raise TypeError(f"GroupDetails.users: expected list, got {type(_users).__name__}")
            users = []
            for users_item_data in _users:
                if not isinstance(users_item_data, dict):
                    raise TypeError(f"GroupDetails.users item: expected object, got {type(users_item_data).__name__}")
                users_item = User.from_dict(users_item_data)

                users.append(users_item)

        group_details = cls(
            group_id,
            name,
            users,
        )

        group_details.additional_properties = d if d else {}
        return group_details

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
from ..models.user import User  # noqa: E402
