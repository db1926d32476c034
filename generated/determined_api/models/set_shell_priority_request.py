from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetShellPriorityRequest")


@_attrs_define
class SetShellPriorityRequest:
    """
    Attributes:
        priority (int | Unset):
        shell_id (str | Unset):
    """

    priority: int | Unset = UNSET
    shell_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        priority = self.priority

        shell_id = self.shell_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if priority is not UNSET:
            field_dict["priority"] = priority
        if shell_id is not UNSET:
            field_dict["shellId"] = shell_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        priority = d.pop("priority", UNSET)
        if type(priority) is not int and priority is not UNSET:
            raise TypeError(f"SetShellPriorityRequest.priority: expected int, got {type(priority).__name__}")

        shell_id = d.pop("shellId", UNSET)
        if type(shell_id) is not str and shell_id is not UNSET:
            raise TypeError(f"SetShellPriorityRequest.shellId: expected str, got {type(shell_id).__name__}")

        set_shell_priority_request = cls(
            priority,
            shell_id,
        )

        set_shell_priority_request.additional_properties = d if d else {}
        return set_shell_priority_request

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
