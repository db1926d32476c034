from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunPrepareForReportingResponse")


@_attrs_define
class RunPrepareForReportingResponse:
    """
    Attributes:
        storage_id (int | Unset):
    """

    storage_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage_id = self.storage_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storage_id is not UNSET:
            field_dict["storageId"] = storage_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        storage_id = d.pop("storageId", UNSET)
        if type(storage_id) is not int and storage_id is not UNSET:
            raise TypeError(f"RunPrepareForReportingResponse.storageId: expected int, got {type(storage_id).__name__}")

        run_prepare_for_reporting_response = cls(
            storage_id,
        )

        run_prepare_for_reporting_response.additional_properties = d if d else {}
        return run_prepare_for_reporting_response

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
