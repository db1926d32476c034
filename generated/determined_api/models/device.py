from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_type import DeviceType, check_device_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Device")


@_attrs_define
class Device:
    """
    Attributes:
        brand (str | Unset):
        id (int | Unset):
        type_ (DeviceType | Unset):
        uuid (str | Unset):
    """

    brand: str | Unset = UNSET
    id: int | Unset = UNSET
    type_: DeviceType | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand = self.brand

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand is not UNSET:
            field_dict["brand"] = brand
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand = d.pop("brand", UNSET)
        if type(brand) is not str and brand is not UNSET:
            raise TypeError(f"Device.brand: expected str, got {type(brand).__name__}")

        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            raise TypeError(f"Device.id: expected int, got {type(id).__name__}")

        _type_ = d.pop("type", UNSET)
        type_: DeviceType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            if type(_type_) is not str:
                raise TypeError(f"Device.type: expected str, got {type(_type_).__name__}")
            type_ = check_device_type(_type_)

        uuid = d.pop("uuid", UNSET)
        if type(uuid) is not str and uuid is not UNSET:
            raise TypeError(f"Device.uuid: expected str, got {type(uuid).__name__}")

        device = cls(
            brand,
            id,
            type_,
            uuid,
        )

        device.additional_properties = d if d else {}
        return device

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
