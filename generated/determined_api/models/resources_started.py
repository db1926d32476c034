from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourcesStarted")


@_attrs_define
class ResourcesStarted:
    """
    Attributes:
        addresses (list[Address] | Unset):
        native_resources_id (str | Unset):
    """

    addresses: list[Address] | Unset = UNSET
    native_resources_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        native_resources_id = self.native_resources_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if native_resources_id is not UNSET:
            field_dict["nativeResourcesId"] = native_resources_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _addresses = d.pop("addresses", UNSET)
        addresses: list[Address] | Unset = UNSET
        if _addresses is not UNSET:
            if not isinstance(_addresses, list):
                raise TypeError(f"ResourcesStarted.addresses: expected list, got {type(_addresses).__name__}")
            addresses = []
            for addresses_item_data in _addresses:
                if not isinstance(addresses_item_data, dict):
                    raise TypeError(
                        f"ResourcesStarted.addresses item: expected object, got {type(addresses_item_data).__name__}"
                    )
                addresses_item = Address.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        native_resources_id = d.pop("nativeResourcesId", UNSET)
        if type(native_resources_id) is not str and native_resources_id is not UNSET:
            raise TypeError(
                f"ResourcesStarted.nativeResourcesId: expected str, got {type(native_resources_id).__name__}"
            )

        resources_started = cls(
            addresses,
            native_resources_id,
        )

        resources_started.additional_properties = d if d else {}
        return resources_started

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
from ..models.address import Address  # noqa: E402
