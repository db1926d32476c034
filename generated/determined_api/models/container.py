from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_state import ContainerState, check_container_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="Container")


@_attrs_define
class Container:
    """
    Attributes:
        id (str):
        state (ContainerState):
        devices (list[Device] | Unset):
        parent (str | Unset):
        permission_denied (bool | Unset):
    """

    id: str
    state: ContainerState
    devices: list[Device] | Unset = UNSET
    parent: str | Unset = UNSET
    permission_denied: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state: str = self.state

        devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = []
            for devices_item_data in self.devices:
                devices_item = devices_item_data.to_dict()
                devices.append(devices_item)

        parent = self.parent

        permission_denied = self.permission_denied

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
            }
        )
        if devices is not UNSET:
            field_dict["devices"] = devices
        if parent is not UNSET:
            field_dict["parent"] = parent
        if permission_denied is not UNSET:
            field_dict["permissionDenied"] = permission_denied

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not str:
            raise TypeError(f"Container.id: expected str, got {type(id).__name__}")

        _state = d.pop("state")
        if type(_state) is not str:
            raise TypeError(f"Container.state: expected str, got {type(_state).__name__}")
        state = check_container_state(_state)

        _devices = d.pop("devices", UNSET)
        devices: list[Device] | Unset = UNSET
        if _devices is not UNSET:
            if not isinstance(_devices, list):
                raise TypeError(f"Container.devices: expected list, got {type(_devices).__name__}")
            devices = []
            for devices_item_data in _devices:
                if not isinstance(devices_item_data, dict):
                    raise TypeError(f"Container.devices item: expected object, got {type(devices_item_data).__name__}")
                devices_item = Device.from_dict(devices_item_data)

                devices.append(devices_item)

        parent = d.pop("parent", UNSET)
        if type(parent) is not str and parent is not UNSET:
            raise TypeError(f"Container.parent: expected str, got {type(parent).__name__}")

        permission_denied = d.pop("permissionDenied", UNSET)
        if type(permission_denied) is not bool and permission_denied is not UNSET:
            raise TypeError(f"Container.permissionDenied: expected bool, got {type(permission_denied).__name__}")

        container = cls(
            id,
            state,
            devices,
            parent,
            permission_denied,
        )

        container.additional_properties = d if d else {}
        return container

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
