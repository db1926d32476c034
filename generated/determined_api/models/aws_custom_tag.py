from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AwsCustomTag")


@_attrs_define
class AwsCustomTag:
    """
    Attributes:
        key (str):
        value (str):
    """

    key: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")
        if type(key) is not str:
            raise TypeError(f"AwsCustomTag.key: expected str, got {type(key).__name__}")

        value = d.pop("value")
        if type(value) is not str:
            raise TypeError(f"AwsCustomTag.value: expected str, got {type(value).__name__}")

        aws_custom_tag = cls(
            key,
            value,
        )

        aws_custom_tag.additional_properties = d if d else {}
        return aws_custom_tag

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
