from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CheckpointResources")


@_attrs_define
class CheckpointResources:
    """File path inside the checkpoint to size in bytes (a 64-bit integer, sent as a string of digits)."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checkpoint_resources = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict
            if type(additional_property) is not str:
                raise TypeError(f"CheckpointResources.*: expected str, got {type(additional_property).__name__}")

            additional_properties[prop_name] = additional_property

        checkpoint_resources.additional_properties = additional_properties
        return checkpoint_resources

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
