from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MetricIdentifier")


@_attrs_define
class MetricIdentifier:
    """
    Attributes:
        group (str):
        name (str):
    """

    group: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group = d.pop("group")
        if type(group) is not str:
            raise TypeError(f"MetricIdentifier.group: expected str, got {type(group).__name__}")

        name = d.pop("name")
        if type(name) is not str:
            raise TypeError(f"MetricIdentifier.name: expected str, got {type(name).__name__}")

        metric_identifier = cls(
            group,
            name,
        )

        metric_identifier.additional_properties = d if d else {}
        return metric_identifier

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
