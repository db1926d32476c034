from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RendezvousInfo")


@_attrs_define
class RendezvousInfo:
    """
    Attributes:
        addresses (list[str]):
        rank (int):
        slots (list[int]):
    """

    addresses: list[str]
    rank: int
    slots: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresses = self.addresses

        rank = self.rank

        slots = self.slots

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addresses": addresses,
                "rank": rank,
                "slots": slots,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _addresses = d.pop("addresses")
        if not isinstance(_addresses, list):
            raise TypeError(f"RendezvousInfo.addresses: expected list, got {type(_addresses).__name__}")
        for addresses_item_data in _addresses:
            if type(addresses_item_data) is not str:
                raise TypeError(
                    f"RendezvousInfo.addresses item: expected str, got {type(addresses_item_data).__name__}"
                )
        addresses: list[str] = _addresses

        rank = d.pop("rank")
        if type(rank) is not int:
            raise TypeError(f"RendezvousInfo.rank: expected int, got {type(rank).__name__}")

        _slots = d.pop("slots")
        if not isinstance(_slots, list):
            raise TypeError(f"RendezvousInfo.slots: expected list, got {type(_slots).__name__}")
        for slots_item_data in _slots:
            if type(slots_item_data) is not int:
                raise TypeError(f"RendezvousInfo.slots item: expected int, got {type(slots_item_data).__name__}")
        slots: list[int] = _slots

        rendezvous_info = cls(
            addresses,
            rank,
            slots,
        )

        rendezvous_info.additional_properties = d if d else {}
        return rendezvous_info

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
