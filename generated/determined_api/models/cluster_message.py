from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterMessage")


@_attrs_define
class ClusterMessage:
    """A message admins show to every user for a while.

    Attributes:
        message (str): The text shown.
        start_time (datetime.datetime | None): When it starts being shown.
        created_time (datetime.datetime | None | Unset): When an admin set it.
        end_time (datetime.datetime | Unset): When it stops being shown; absent when it has no end.
    """

    message: str
    start_time: datetime.datetime | None
    created_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        start_time: None | str
        if isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        elif isinstance(self.created_time, datetime.datetime):
            created_time = self.created_time.isoformat()
        else:
            created_time = self.created_time

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
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")
        if type(message) is not str:
            raise TypeError(f"ClusterMessage.message: expected str, got {type(message).__name__}")

        _start_time = d.pop("startTime")
        start_time: datetime.datetime | None
        if _start_time is None:
            start_time = _start_time
        else:
            if type(_start_time) is not str:
                raise TypeError(f"ClusterMessage.startTime: expected str (date-time), got {type(_start_time).__name__}")
            start_time_type_0 = datetime.datetime.fromisoformat(_start_time)

            start_time = start_time_type_0

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | None | Unset
        if _created_time is None or _created_time is UNSET:
            created_time = _created_time
        else:
            if type(_created_time) is not str:
                raise TypeError(
                    f"ClusterMessage.createdTime: expected str (date-time), got {type(_created_time).__name__}"
                )
            created_time_type_0 = datetime.datetime.fromisoformat(_created_time)

            created_time = created_time_type_0

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            if type(_end_time) is not str:
                raise TypeError(f"ClusterMessage.endTime: expected str (date-time), got {type(_end_time).__name__}")
            end_time = datetime.datetime.fromisoformat(_end_time)

        cluster_message = cls(
            message,
            start_time,
            created_time,
            end_time,
        )

        cluster_message.additional_properties = d if d else {}
        return cluster_message

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
