from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetTensorboardPriorityRequest")


@_attrs_define
class SetTensorboardPriorityRequest:
    """
    Attributes:
        priority (int | Unset):
        tensorboard_id (str | Unset):
    """

    priority: int | Unset = UNSET
    tensorboard_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        priority = self.priority

        tensorboard_id = self.tensorboard_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if priority is not UNSET:
            field_dict["priority"] = priority
        if tensorboard_id is not UNSET:
            field_dict["tensorboardId"] = tensorboard_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        priority = d.pop("priority", UNSET)
        if type(priority) is not int and priority is not UNSET:
            raise TypeError(f"SetTensorboardPriorityRequest.priority: expected int, got {type(priority).__name__}")

        tensorboard_id = d.pop("tensorboardId", UNSET)
        if type(tensorboard_id) is not str and tensorboard_id is not UNSET:
            raise TypeError(
                f"SetTensorboardPriorityRequest.tensorboardId: expected str, got {type(tensorboard_id).__name__}"
            )

        set_tensorboard_priority_request = cls(
            priority,
            tensorboard_id,
        )

        set_tensorboard_priority_request.additional_properties = d if d else {}
        return set_tensorboard_priority_request

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
