from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PatchTemplateNameRequest")


@_attrs_define
class PatchTemplateNameRequest:
    """
    Attributes:
        new_name (str):
        old_name (str):
    """

    new_name: str
    old_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_name = self.new_name

        old_name = self.old_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "newName": new_name,
                "oldName": old_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_name = d.pop("newName")
        if type(new_name) is not str:
            raise TypeError(f"PatchTemplateNameRequest.newName: expected str, got {type(new_name).__name__}")

        old_name = d.pop("oldName")
        if type(old_name) is not str:
            raise TypeError(f"PatchTemplateNameRequest.oldName: expected str, got {type(old_name).__name__}")

        patch_template_name_request = cls(
            new_name,
            old_name,
        )

        patch_template_name_request.additional_properties = d if d else {}
        return patch_template_name_request

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
