from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricBatchesResponse")


@_attrs_define
class MetricBatchesResponse:
    """
    Attributes:
        batches (list[int] | Unset):
    """

    batches: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batches: list[int] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = self.batches

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batches is not UNSET:
            field_dict["batches"] = batches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _batches = d.pop("batches", UNSET)
        batches: list[int] | Unset = UNSET
        if _batches is not UNSET:
            if not isinstance(_batches, list):
                raise TypeError(f"MetricBatchesResponse.batches: expected list, got {type(_batches).__name__}")
            for batches_item_data in _batches:
                if type(batches_item_data) is not int:
                    raise TypeError(
                        f"MetricBatchesResponse.batches item: expected int, got {type(batches_item_data).__name__}"
                    )
            batches = _batches

        metric_batches_response = cls(
            batches,
        )

        metric_batches_response.additional_properties = d if d else {}
        return metric_batches_response

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
