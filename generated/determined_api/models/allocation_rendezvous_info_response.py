from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AllocationRendezvousInfoResponse")


@_attrs_define
class AllocationRendezvousInfoResponse:
    """
    Attributes:
        rendezvous_info (None | RendezvousInfo):
    """

    rendezvous_info: None | RendezvousInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rendezvous_info: dict[str, Any] | None
        if isinstance(self.rendezvous_info, RendezvousInfo):
            rendezvous_info = self.rendezvous_info.to_dict()
        else:
            rendezvous_info = self.rendezvous_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rendezvousInfo": rendezvous_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _rendezvous_info = d.pop("rendezvousInfo")
        rendezvous_info: None | RendezvousInfo
        if _rendezvous_info is None:
            rendezvous_info = _rendezvous_info
        else:
            if not isinstance(_rendezvous_info, dict):
                raise TypeError(
                    f"AllocationRendezvousInfoResponse.rendezvousInfo: expected object, got {type(_rendezvous_info).__name__}"
                )
            rendezvous_info_type_0 = RendezvousInfo.from_dict(_rendezvous_info)

            rendezvous_info = rendezvous_info_type_0

        allocation_rendezvous_info_response = cls(
            rendezvous_info,
        )

        allocation_rendezvous_info_response.additional_properties = d if d else {}
        return allocation_rendezvous_info_response

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
from ..models.rendezvous_info import RendezvousInfo  # noqa: E402
