from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetCommandPriorityRequest")


@_attrs_define
class SetCommandPriorityRequest:
    """
    Attributes:
        command_id (str | Unset):
        priority (int | Unset):
    """

    command_id: str | Unset = UNSET
    priority: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_id = self.command_id

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command_id is not UNSET:
            field_dict["commandId"] = command_id
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command_id = d.pop("commandId", UNSET)
        if type(command_id) is not str and command_id is not UNSET:
            raise TypeError(f"SetCommandPriorityRequest.commandId: expected str, got {type(command_id).__name__}")

        priority = d.pop("priority", UNSET)
        if type(priority) is not int and priority is not UNSET:
            raise TypeError(f"SetCommandPriorityRequest.priority: expected int, got {type(priority).__name__}")

        set_command_priority_request = cls(
            command_id,
            priority,
        )

        set_command_priority_request.additional_properties = d if d else {}
        return set_command_priority_request

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
