from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Slot")


@_attrs_define
class Slot:
    """One schedulable device of an agent, usually a GPU.

    Attributes:
        container (Container | None | Unset): The container using the slot; null when it is free.
        device (Device | None | Unset):
        draining (bool | Unset): True while it finishes running work after a disable with drain.
        enabled (bool | Unset): False after disableSlot.
        id (str | Unset): The slot's id on its agent.
    """

    container: Container | None | Unset = UNSET
    device: Device | None | Unset = UNSET
    draining: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container: dict[str, Any] | None | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        elif isinstance(self.container, Container):
            container = self.container.to_dict()
        else:
            container = self.container

        device: dict[str, Any] | None | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        elif isinstance(self.device, Device):
            device = self.device.to_dict()
        else:
            device = self.device

        draining = self.draining

        enabled = self.enabled

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if container is not UNSET:
            field_dict["container"] = container
        if device is not UNSET:
            field_dict["device"] = device
        if draining is not UNSET:
            field_dict["draining"] = draining
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _container = d.pop("container", UNSET)
        container: Container | None | Unset
        if _container is None or _container is UNSET:
            container = _container
        else:
            if not isinstance(_container, dict):
                raise TypeError(f"Slot.container: expected object, got {type(_container).__name__}")
            container_type_0 = Container.from_dict(_container)

            container = container_type_0

        _device = d.pop("device", UNSET)
        device: Device | None | Unset
        if _device is None or _device is UNSET:
            device = _device
        else:
            if not isinstance(_device, dict):
                raise TypeError(f"Slot.device: expected object, got {type(_device).__name__}")
            device_type_0 = Device.from_dict(_device)

            device = device_type_0

        draining = d.pop("draining", UNSET)
        if type(draining) is not bool and draining is not UNSET:
            raise TypeError(f"Slot.draining: expected bool, got {type(draining).__name__}")

        enabled = d.pop("enabled", UNSET)
        if type(enabled) is not bool and enabled is not UNSET:
            raise TypeError(f"Slot.enabled: expected bool, got {type(enabled).__name__}")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            raise TypeError(f"Slot.id: expected str, got {type(id).__name__}")

        slot = cls(
            container,
            device,
            draining,
            enabled,
            id,
        )

        slot.additional_properties = d if d else {}
        return slot

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
from ..models.container import Container  # noqa: E402
from ..models.device import Device  # noqa: E402
