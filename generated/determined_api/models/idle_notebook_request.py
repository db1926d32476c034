from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IdleNotebookRequest")


@_attrs_define
class IdleNotebookRequest:
    """
    Attributes:
        idle (bool | Unset):
        notebook_id (str | Unset):
    """

    idle: bool | Unset = UNSET
    notebook_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idle = self.idle

        notebook_id = self.notebook_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if idle is not UNSET:
            field_dict["idle"] = idle
        if notebook_id is not UNSET:
            field_dict["notebookId"] = notebook_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        idle = d.pop("idle", UNSET)
        if type(idle) is not bool and idle is not UNSET:
            raise TypeError(f"IdleNotebookRequest.idle: expected bool, got {type(idle).__name__}")

        notebook_id = d.pop("notebookId", UNSET)
        if type(notebook_id) is not str and notebook_id is not UNSET:
            raise TypeError(f"IdleNotebookRequest.notebookId: expected str, got {type(notebook_id).__name__}")

        idle_notebook_request = cls(
            idle,
            notebook_id,
        )

        idle_notebook_request.additional_properties = d if d else {}
        return idle_notebook_request

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
