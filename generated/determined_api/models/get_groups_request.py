from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetGroupsRequest")


@_attrs_define
class GetGroupsRequest:
    """
    Attributes:
        limit (int): Most groups in the page; required, at most 500.
        name (str | Unset):
        offset (int | Unset):
        user_id (int | Unset): Only groups this user belongs to.
    """

    limit: int
    name: str | Unset = UNSET
    offset: int | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        name = self.name

        offset = self.offset

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if offset is not UNSET:
            field_dict["offset"] = offset
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit")
        if type(limit) is not int:
            raise TypeError(f"GetGroupsRequest.limit: expected int, got {type(limit).__name__}")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise TypeError(f"GetGroupsRequest.name: expected str, got {type(name).__name__}")

        offset = d.pop("offset", UNSET)
        if type(offset) is not int and offset is not UNSET:
            raise TypeError(f"GetGroupsRequest.offset: expected int, got {type(offset).__name__}")

        user_id = d.pop("userId", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            raise TypeError(f"GetGroupsRequest.userId: expected int, got {type(user_id).__name__}")

        get_groups_request = cls(
            limit,
            name,
            offset,
            user_id,
        )

        get_groups_request.additional_properties = d if d else {}
        return get_groups_request

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
