from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTasksResponse")


@_attrs_define
class GetTasksResponse:
    """
    Attributes:
        allocation_id_to_summary (GetTasksResponseAllocationIdToSummary | Unset):
    """

    allocation_id_to_summary: GetTasksResponseAllocationIdToSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocation_id_to_summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allocation_id_to_summary, Unset):
            allocation_id_to_summary = self.allocation_id_to_summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allocation_id_to_summary is not UNSET:
            field_dict["allocationIdToSummary"] = allocation_id_to_summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _allocation_id_to_summary = d.pop("allocationIdToSummary", UNSET)
        allocation_id_to_summary: GetTasksResponseAllocationIdToSummary | Unset
        if _allocation_id_to_summary is UNSET:
            allocation_id_to_summary = UNSET
        else:
            if not isinstance(_allocation_id_to_summary, dict):
                raise TypeError(
                    f"GetTasksResponse.allocationIdToSummary: expected object, got {type(_allocation_id_to_summary).__name__}"
                )
            allocation_id_to_summary = GetTasksResponseAllocationIdToSummary.from_dict(_allocation_id_to_summary)

        get_tasks_response = cls(
            allocation_id_to_summary,
        )

        get_tasks_response.additional_properties = d if d else {}
        return get_tasks_response

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
from ..models.get_tasks_response_allocation_id_to_summary import GetTasksResponseAllocationIdToSummary  # noqa: E402
