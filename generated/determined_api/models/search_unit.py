from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchUnit")


@_attrs_define
class SearchUnit:
    """
    Attributes:
        max_length (bool):
        name (str | Unset):
        value (int | Unset):
    """

    max_length: bool
    name: str | Unset = UNSET
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_length = self.max_length

        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maxLength": max_length,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_length = d.pop("maxLength")
        if type(max_length) is not bool:
            raise TypeError(f"SearchUnit.maxLength: expected bool, got {type(max_length).__name__}")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise TypeError(f"SearchUnit.name: expected str, got {type(name).__name__}")

        value = d.pop("value", UNSET)
        if type(value) is not int and value is not UNSET:
            raise TypeError(f"SearchUnit.value: expected int, got {type(value).__name__}")

        search_unit = cls(
            max_length,
            name,
            value,
        )

        search_unit.additional_properties = d if d else {}
        return search_unit

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
