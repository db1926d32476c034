from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.column_type import ColumnType, check_column_type
from ..models.location_type import LocationType, check_location_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectColumn")


@_attrs_define
class ProjectColumn:
    """
    Attributes:
        column (str):
        location (LocationType):
        type_ (ColumnType):
        display_name (str | Unset):
    """

    column: str
    location: LocationType
    type_: ColumnType
    display_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column = self.column

        location: str = self.location

        type_: str = self.type_

        display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "column": column,
                "location": location,
                "type": type_,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        column = d.pop("column")
        if type(column) is not str:
            raise TypeError(f"ProjectColumn.column: expected str, got {type(column).__name__}")

        _location = d.pop("location")
        if type(_location) is not str:
            raise TypeError(f"ProjectColumn.location: expected str, got {type(_location).__name__}")
        location = check_location_type(_location)

        _type_ = d.pop("type")
        if type(_type_) is not str:
            raise TypeError(f"ProjectColumn.type: expected str, got {type(_type_).__name__}")
        type_ = check_column_type(_type_)

        display_name = d.pop("displayName", UNSET)
        if type(display_name) is not str and display_name is not UNSET:
            raise TypeError(f"ProjectColumn.displayName: expected str, got {type(display_name).__name__}")

        project_column = cls(
            column,
            location,
            type_,
            display_name,
        )

        project_column.additional_properties = d if d else {}
        return project_column

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
