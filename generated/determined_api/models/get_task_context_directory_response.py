from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetTaskContextDirectoryResponse")


@_attrs_define
class GetTaskContextDirectoryResponse:
    """
    Attributes:
        b_64_tgz (str):
    """

    b_64_tgz: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        b_64_tgz = self.b_64_tgz

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "b64Tgz": b_64_tgz,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        b_64_tgz = d.pop("b64Tgz")
        if type(b_64_tgz) is not str:
            raise TypeError(f"GetTaskContextDirectoryResponse.b64Tgz: expected str, got {type(b_64_tgz).__name__}")

        get_task_context_directory_response = cls(
            b_64_tgz,
        )

        get_task_context_directory_response.additional_properties = d if d else {}
        return get_task_context_directory_response

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
