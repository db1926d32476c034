from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AllocationPendingPreemptionSignalRequest")


@_attrs_define
class AllocationPendingPreemptionSignalRequest:
    """
    Attributes:
        allocation_id (str):
    """

    allocation_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocation_id = self.allocation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allocationId": allocation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allocation_id = d.pop("allocationId")
        if type(allocation_id) is not str:
            raise TypeError(
                f"AllocationPendingPreemptionSignalRequest.allocationId: expected str, got {type(allocation_id).__name__}"
            )

        allocation_pending_preemption_signal_request = cls(
            allocation_id,
        )

        allocation_pending_preemption_signal_request.additional_properties = d if d else {}
        return allocation_pending_preemption_signal_request

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
