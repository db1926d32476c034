from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetRolesByIDRequest")


@_attrs_define
class GetRolesByIDRequest:
    """
    Attributes:
        role_ids (list[int] | Unset):
    """

    role_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_ids: list[int] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role_ids is not UNSET:
            field_dict["roleIds"] = role_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _role_ids = d.pop("roleIds", UNSET)
        role_ids: list[int] | Unset = UNSET
        if _role_ids is not UNSET:
            if not isinstance(_role_ids, list):
                raise TypeError(f"GetRolesByIDRequest.roleIds: expected list, got {type(_role_ids).__name__}")
            for role_ids_item_data in _role_ids:
                if type(role_ids_item_data) is not int:
                    raise TypeError(
                        f"GetRolesByIDRequest.roleIds item: expected int, got {type(role_ids_item_data).__name__}"
                    )
            role_ids = _role_ids

        get_roles_by_id_request = cls(
            role_ids,
        )

        get_roles_by_id_request.additional_properties = d if d else {}
        return get_roles_by_id_request

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
