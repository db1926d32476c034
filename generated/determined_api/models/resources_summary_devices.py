from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourcesSummaryDevices")


@_attrs_define
class ResourcesSummaryDevices:
    """
    Attributes:
        devices (list[Device] | Unset):
    """

    devices: list[Device] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = []
            for devices_item_data in self.devices:
                devices_item = devices_item_data.to_dict()
                devices.append(devices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if devices is not UNSET:
            field_dict["devices"] = devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _devices = d.pop("devices", UNSET)
        devices: list[Device] | Unset = UNSET
        if _devices is not UNSET:
            if not isinstance(_devices, list):
                raise TypeError(f"ResourcesSummaryDevices.devices: expected list, got {type(_devices).__name__}")
            devices = []
            for devices_item_data in _devices:
                if not isinstance(devices_item_data, dict):
                    raise TypeError(
                        f"ResourcesSummaryDevices.devices item: expected object, got {type(devices_item_data).__name__}"
                    )
                devices_item = Device.from_dict(devices_item_data)

                devices.append(devices_item)

        resources_summary_devices = cls(
            devices,
        )

        resources_summary_devices.additional_properties = d if d else {}
        return resources_summary_devices

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
from ..models.device import Device  # noqa: E402
