from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetActiveTasksCountResponse")


@_attrs_define
class GetActiveTasksCountResponse:
    """
    Attributes:
        commands (int):
        notebooks (int):
        shells (int):
        tensorboards (int):
    """

    commands: int
    notebooks: int
    shells: int
    tensorboards: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commands = self.commands

        notebooks = self.notebooks

        shells = self.shells

        tensorboards = self.tensorboards

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commands": commands,
                "notebooks": notebooks,
                "shells": shells,
                "tensorboards": tensorboards,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commands = d.pop("commands")
        if type(commands) is not int:
            raise TypeError(f"GetActiveTasksCountResponse.commands: expected int, got {type(commands).__name__}")

        notebooks = d.pop("notebooks")
        if type(notebooks) is not int:
            raise TypeError(f"GetActiveTasksCountResponse.notebooks: expected int, got {type(notebooks).__name__}")

        shells = d.pop("shells")
        if type(shells) is not int:
            raise TypeError(f"GetActiveTasksCountResponse.shells: expected int, got {type(shells).__name__}")

        tensorboards = d.pop("tensorboards")
        if type(tensorboards) is not int:
            raise TypeError(
                f"GetActiveTasksCountResponse.tensorboards: expected int, got {type(tensorboards).__name__}"
            )

        get_active_tasks_count_response = cls(
            commands,
            notebooks,
            shells,
            tensorboards,
        )

        get_active_tasks_count_response.additional_properties = d if d else {}
        return get_active_tasks_count_response

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
