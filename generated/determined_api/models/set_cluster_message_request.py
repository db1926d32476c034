from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetClusterMessageRequest")


@_attrs_define
class SetClusterMessageRequest:
    """
    Attributes:
        message (str):
        start_time (datetime.datetime | None): When to start showing the message.
        duration (str | Unset): How long to show it from `startTime`, as a Go duration such as `24h` or `90m`.
        end_time (datetime.datetime | Unset): When to stop showing it; give this or `duration`, or neither.
    """

    message: str
    start_time: datetime.datetime | None
    duration: str | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        start_time: None | str
        if isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        duration = self.duration

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "startTime": start_time,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")
        if type(message) is not str:
            raise TypeError(f"SetClusterMessageRequest.message: expected str, got {type(message).__name__}")

        _start_time = d.pop("startTime")
        start_time: datetime.datetime | None
        if _start_time is None:
            start_time = _start_time
        else:
            if type(_start_time) is not str:
                raise TypeError(
                    f"SetClusterMessageRequest.startTime: expected str (date-time), got {type(_start_time).__name__}"
                )
            start_time_type_0 = datetime.datetime.fromisoformat(_start_time)

            start_time = start_time_type_0

        duration = d.pop("duration", UNSET)
        if type(duration) is not str and duration is not UNSET:
            raise TypeError(f"SetClusterMessageRequest.duration: expected str, got {type(duration).__name__}")

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            if type(_end_time) is not str:
                raise TypeError(
                    f"SetClusterMessageRequest.endTime: expected str (date-time), got {type(_end_time).__name__}"
                )
            end_time = datetime.datetime.fromisoformat(_end_time)

        set_cluster_message_request = cls(
            message,
            start_time,
            duration,
            end_time,
        )

        set_cluster_message_request.additional_properties = d if d else {}
        return set_cluster_message_request

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
