from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="K8PriorityClass")


@_attrs_define
class K8PriorityClass:
    """
    Attributes:
        priority_class (str | Unset):
        priority_value (int | Unset):
    """

    priority_class: str | Unset = UNSET
    priority_value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        priority_class = self.priority_class

        priority_value = self.priority_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if priority_class is not UNSET:
            field_dict["priorityClass"] = priority_class
        if priority_value is not UNSET:
            field_dict["priorityValue"] = priority_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        priority_class = d.pop("priorityClass", UNSET)
        if type(priority_class) is not str and priority_class is not UNSET:
            raise TypeError(f"K8PriorityClass.priorityClass: expected str, got {type(priority_class).__name__}")

        priority_value = d.pop("priorityValue", UNSET)
        if type(priority_value) is not int and priority_value is not UNSET:
            raise TypeError(f"K8PriorityClass.priorityValue: expected int, got {type(priority_value).__name__}")

        k8_priority_class = cls(
            priority_class,
            priority_value,
        )

        k8_priority_class.additional_properties = d if d else {}
        return k8_priority_class

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
