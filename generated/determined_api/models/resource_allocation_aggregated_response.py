from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResourceAllocationAggregatedResponse")


@_attrs_define
class ResourceAllocationAggregatedResponse:
    """
    Attributes:
        resource_entries (list[ResourceAllocationAggregatedEntry]):
    """

    resource_entries: list[ResourceAllocationAggregatedEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_entries = []
        for resource_entries_item_data in self.resource_entries:
            resource_entries_item = resource_entries_item_data.to_dict()
            resource_entries.append(resource_entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceEntries": resource_entries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _resource_entries = d.pop("resourceEntries")
        if not isinstance(_resource_entries, list):
            raise TypeError(
                f"ResourceAllocationAggregatedResponse.resourceEntries: expected list, got {type(_resource_entries).__name__}"
            )
        resource_entries = []
        for resource_entries_item_data in _resource_entries:
            if not isinstance(resource_entries_item_data, dict):
                raise TypeError(
                    f"ResourceAllocationAggregatedResponse.resourceEntries item: expected object, got {type(resource_entries_item_data).__name__}"
                )
            resource_entries_item = ResourceAllocationAggregatedEntry.from_dict(resource_entries_item_data)

            resource_entries.append(resource_entries_item)

        resource_allocation_aggregated_response = cls(
            resource_entries,
        )

        resource_allocation_aggregated_response.additional_properties = d if d else {}
        return resource_allocation_aggregated_response

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
from ..models.resource_allocation_aggregated_entry import ResourceAllocationAggregatedEntry  # noqa: E402
