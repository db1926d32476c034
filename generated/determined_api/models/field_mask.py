from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldMask")


@_attrs_define
class FieldMask:
    """
    Attributes:
        paths (list[str] | Unset):
    """

    paths: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        paths: list[str] | Unset = UNSET
        if not isinstance(self.paths, Unset):
            paths = self.paths

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if paths is not UNSET:
            field_dict["paths"] = paths

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _paths = d.pop("paths", UNSET)
        paths: list[str] | Unset = UNSET
        if _paths is not UNSET:
            if not isinstance(_paths, list):
                raise TypeError(f"FieldMask.paths: expected list, got {type(_paths).__name__}")
            for paths_item_data in _paths:
                if type(paths_item_data) is not str:
                    raise TypeError(f"FieldMask.paths item: expected str, got {type(paths_item_data).__name__}")
            paths = _paths

        field_mask = cls(
            paths,
        )

        field_mask.additional_properties = d if d else {}
        return field_mask

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
