from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetProjectColumnsResponse")


@_attrs_define
class GetProjectColumnsResponse:
    """
    Attributes:
        columns (list[ProjectColumn]):
    """

    columns: list[ProjectColumn]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _columns = d.pop("columns")
        if not isinstance(_columns, list):
            raise TypeError(f"GetProjectColumnsResponse.columns: expected list, got {type(_columns).__name__}")
        columns = []
        for columns_item_data in _columns:
            if not isinstance(columns_item_data, dict):
                raise TypeError(
                    f"GetProjectColumnsResponse.columns item: expected object, got {type(columns_item_data).__name__}"
                )
            columns_item = ProjectColumn.from_dict(columns_item_data)

            columns.append(columns_item)

        get_project_columns_response = cls(
            columns,
        )

        get_project_columns_response.additional_properties = d if d else {}
        return get_project_columns_response

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


# determined-client template: models this one refers to, imported after the class exists so
# that models which refer to each other import in any order, and once, not per call.
from ..models.project_column import ProjectColumn  # noqa: E402
