from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateJobQueueRequest")


@_attrs_define
class UpdateJobQueueRequest:
    """
    Attributes:
        updates (list[QueueControl]):
    """

    updates: list[QueueControl]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updates = []
        for updates_item_data in self.updates:
            updates_item = updates_item_data.to_dict()
            updates.append(updates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updates": updates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _updates = d.pop("updates")
        if not isinstance(_updates, list):
            raise TypeError(f"UpdateJobQueueRequest.updates: expected list, got {type(_updates).__name__}")
        updates = []
        for updates_item_data in _updates:
            if not isinstance(updates_item_data, dict):
                raise TypeError(
                    f"UpdateJobQueueRequest.updates item: expected object, got {type(updates_item_data).__name__}"
                )
            updates_item = QueueControl.from_dict(updates_item_data)

            updates.append(updates_item)

        update_job_queue_request = cls(
            updates,
        )

        update_job_queue_request.additional_properties = d if d else {}
        return update_job_queue_request

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
from ..models.queue_control import QueueControl  # noqa: E402
