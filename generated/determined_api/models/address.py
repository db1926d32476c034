from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """
    Attributes:
        container_ip (str | Unset):
        container_port (int | Unset):
        host_ip (str | Unset):
        host_port (int | Unset):
    """

    container_ip: str | Unset = UNSET
    container_port: int | Unset = UNSET
    host_ip: str | Unset = UNSET
    host_port: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_ip = self.container_ip

        container_port = self.container_port

        host_ip = self.host_ip

        host_port = self.host_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if container_ip is not UNSET:
            field_dict["containerIp"] = container_ip
        if container_port is not UNSET:
            field_dict["containerPort"] = container_port
        if host_ip is not UNSET:
            field_dict["hostIp"] = host_ip
        if host_port is not UNSET:
            field_dict["hostPort"] = host_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container_ip = d.pop("containerIp", UNSET)
        if type(container_ip) is not str and container_ip is not UNSET:
            raise TypeError(f"Address.containerIp: expected str, got {type(container_ip).__name__}")

        container_port = d.pop("containerPort", UNSET)
        if type(container_port) is not int and container_port is not UNSET:
            raise TypeError(f"Address.containerPort: expected int, got {type(container_port).__name__}")

        host_ip = d.pop("hostIp", UNSET)
        if type(host_ip) is not str and host_ip is not UNSET:
            raise TypeError(f"Address.hostIp: expected str, got {type(host_ip).__name__}")

        host_port = d.pop("hostPort", UNSET)
        if type(host_port) is not int and host_port is not UNSET:
            raise TypeError(f"Address.hostPort: expected int, got {type(host_port).__name__}")

        address = cls(
            container_ip,
            container_port,
            host_ip,
            host_port,
        )

        address.additional_properties = d if d else {}
        return address

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
