from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostAllocationProxyAddressRequest")


@_attrs_define
class PostAllocationProxyAddressRequest:
    """
    Attributes:
        allocation_id (str | Unset):
        proxy_address (str | Unset):
    """

    allocation_id: str | Unset = UNSET
    proxy_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocation_id = self.allocation_id

        proxy_address = self.proxy_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allocation_id is not UNSET:
            field_dict["allocationId"] = allocation_id
        if proxy_address is not UNSET:
            field_dict["proxyAddress"] = proxy_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allocation_id = d.pop("allocationId", UNSET)
        if type(allocation_id) is not str and allocation_id is not UNSET:
            raise TypeError(
                f"PostAllocationProxyAddressRequest.allocationId: expected str, got {type(allocation_id).__name__}"
            )

        proxy_address = d.pop("proxyAddress", UNSET)
        if type(proxy_address) is not str and proxy_address is not UNSET:
            raise TypeError(
                f"PostAllocationProxyAddressRequest.proxyAddress: expected str, got {type(proxy_address).__name__}"
            )

        post_allocation_proxy_address_request = cls(
            allocation_id,
            proxy_address,
        )

        post_allocation_proxy_address_request.additional_properties = d if d else {}
        return post_allocation_proxy_address_request

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
