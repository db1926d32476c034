from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateGroupRequest")


@_attrs_define
class CreateGroupRequest:
    """
    Attributes:
        name (str):
        add_users (list[int] | Unset):
    """

    name: str
    add_users: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        add_users: list[int] | Unset = UNSET
        if not isinstance(self.add_users, Unset):
            add_users = self.add_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if add_users is not UNSET:
            field_dict["addUsers"] = add_users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if type(name) is not str:
            raise TypeError(f"CreateGroupRequest.name: expected str, got {type(name).__name__}")

        _add_users = d.pop("addUsers", UNSET)
        add_users: list[int] | Unset = UNSET
        if _add_users is not UNSET:
            if not isinstance(_add_users, list):
                raise TypeError(f"CreateGroupRequest.addUsers: expected list, got {type(_add_users).__name__}")
            for add_users_item_data in _add_users:
                if type(add_users_item_data) is not int:
                    raise TypeError(
                        f"CreateGroupRequest.addUsers item: expected int, got {type(add_users_item_data).__name__}"
                    )
            add_users = _add_users

        create_group_request = cls(
            name,
            add_users,
        )

        create_group_request.additional_properties = d if d else {}
        return create_group_request

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
