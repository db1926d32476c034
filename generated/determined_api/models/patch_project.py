from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchProject")


@_attrs_define
class PatchProject:
    """
    Attributes:
        description (None | str | Unset):
        key (None | str | Unset):
        name (None | str | Unset):
    """

    description: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)
        if type(description) is not str and description is not None and description is not UNSET:
            raise TypeError(f"PatchProject.description: expected str, got {type(description).__name__}")

        key = d.pop("key", UNSET)
        if type(key) is not str and key is not None and key is not UNSET:
            raise TypeError(f"PatchProject.key: expected str, got {type(key).__name__}")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not None and name is not UNSET:
            raise TypeError(f"PatchProject.name: expected str, got {type(name).__name__}")

        patch_project = cls(
            description,
            key,
            name,
        )

        patch_project.additional_properties = d if d else {}
        return patch_project

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
