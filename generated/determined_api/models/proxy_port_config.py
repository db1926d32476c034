from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProxyPortConfig")


@_attrs_define
class ProxyPortConfig:
    """
    Attributes:
        port (int | Unset):
        proxy_tcp (bool | Unset):
        service_id (str | Unset):
        unauthenticated (bool | Unset):
    """

    port: int | Unset = UNSET
    proxy_tcp: bool | Unset = UNSET
    service_id: str | Unset = UNSET
    unauthenticated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        port = self.port

        proxy_tcp = self.proxy_tcp

        service_id = self.service_id

        unauthenticated = self.unauthenticated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if port is not UNSET:
            field_dict["port"] = port
        if proxy_tcp is not UNSET:
            field_dict["proxyTcp"] = proxy_tcp
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if unauthenticated is not UNSET:
            field_dict["unauthenticated"] = unauthenticated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        port = d.pop("port", UNSET)
        if type(port) is not int and port is not UNSET:
            raise TypeError(f"ProxyPortConfig.port: expected int, got {type(port).__name__}")

        proxy_tcp = d.pop("proxyTcp", UNSET)
        if type(proxy_tcp) is not bool and proxy_tcp is not UNSET:
            raise TypeError(f"ProxyPortConfig.proxyTcp: expected bool, got {type(proxy_tcp).__name__}")

        service_id = d.pop("serviceId", UNSET)
        if type(service_id) is not str and service_id is not UNSET:
            raise TypeError(f"ProxyPortConfig.serviceId: expected str, got {type(service_id).__name__}")

        unauthenticated = d.pop("unauthenticated", UNSET)
        if type(unauthenticated) is not bool and unauthenticated is not UNSET:
            raise TypeError(f"ProxyPortConfig.unauthenticated: expected bool, got {type(unauthenticated).__name__}")

        proxy_port_config = cls(
            port,
            proxy_tcp,
            service_id,
            unauthenticated,
        )

        proxy_port_config.additional_properties = d if d else {}
        return proxy_port_config

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
