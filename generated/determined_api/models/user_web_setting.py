from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserWebSetting")


@_attrs_define
class UserWebSetting:
    """
    Attributes:
        key (str):
        storage_path (str | Unset):
        value (str | Unset):
    """

    key: str
    storage_path: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        storage_path = self.storage_path

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if storage_path is not UNSET:
            field_dict["storagePath"] = storage_path
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")
        if type(key) is not str:
            raise TypeError(f"UserWebSetting.key: expected str, got {type(key).__name__}")

        storage_path = d.pop("storagePath", UNSET)
        if type(storage_path) is not str and storage_path is not UNSET:
            raise TypeError(f"UserWebSetting.storagePath: expected str, got {type(storage_path).__name__}")

        value = d.pop("value", UNSET)
        if type(value) is not str and value is not UNSET:
            raise TypeError(f"UserWebSetting.value: expected str, got {type(value).__name__}")

        user_web_setting = cls(
            key,
            storage_path,
            value,
        )

        user_web_setting.additional_properties = d if d else {}
        return user_web_setting

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
