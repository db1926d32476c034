from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QueueStats")


@_attrs_define
class QueueStats:
    """
    Attributes:
        queued_count (int):
        scheduled_count (int):
    """

    queued_count: int
    scheduled_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queued_count = self.queued_count

        scheduled_count = self.scheduled_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queuedCount": queued_count,
                "scheduledCount": scheduled_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        queued_count = d.pop("queuedCount")
        if type(queued_count) is not int:
            raise TypeError(f"QueueStats.queuedCount: expected int, got {type(queued_count).__name__}")

        scheduled_count = d.pop("scheduledCount")
        if type(scheduled_count) is not int:
            raise TypeError(f"QueueStats.scheduledCount: expected int, got {type(scheduled_count).__name__}")

        queue_stats = cls(
            queued_count,
            scheduled_count,
        )

        queue_stats.additional_properties = d if d else {}
        return queue_stats

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
