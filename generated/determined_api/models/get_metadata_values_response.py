from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMetadataValuesResponse")


@_attrs_define
class GetMetadataValuesResponse:
    """
    Attributes:
        values (list[str] | Unset):
    """

    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _values = d.pop("values", UNSET)
        values: list[str] | Unset = UNSET
        if _values is not UNSET:
            if not isinstance(_values, list):
                raise TypeError(f"GetMetadataValuesResponse.values: expected list, got {type(_values).__name__}")
            for values_item_data in _values:
                if type(values_item_data) is not str:
                    raise TypeError(
                        f"GetMetadataValuesResponse.values item: expected str, got {type(values_item_data).__name__}"
                    )
            values = _values

        get_metadata_values_response = cls(
            values,
        )

        get_metadata_values_response.additional_properties = d if d else {}
        return get_metadata_values_response

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
