from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllocationPreemptionSignalResponse")


@_attrs_define
class AllocationPreemptionSignalResponse:
    """
    Attributes:
        preempt (bool | Unset):
    """

    preempt: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preempt = self.preempt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preempt is not UNSET:
            field_dict["preempt"] = preempt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        preempt = d.pop("preempt", UNSET)
        if type(preempt) is not bool and preempt is not UNSET:
            raise TypeError(f"AllocationPreemptionSignalResponse.preempt: expected bool, got {type(preempt).__name__}")

        allocation_preemption_signal_response = cls(
            preempt,
        )

        allocation_preemption_signal_response.additional_properties = d if d else {}
        return allocation_preemption_signal_response

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
