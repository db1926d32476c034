from __future__ import annotations

import datetime
import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceAllocationRawEntry")


@_attrs_define
class ResourceAllocationRawEntry:
    """
    Attributes:
        end_time (datetime.datetime | None | Unset):
        experiment_id (int | Unset):
        kind (str | Unset):
        labels (list[str] | Unset):
        seconds (float | Unset):
        slots (int | Unset):
        start_time (datetime.datetime | None | Unset):
        user_id (int | Unset):
        username (str | Unset):
    """

    end_time: datetime.datetime | None | Unset = UNSET
    experiment_id: int | Unset = UNSET
    kind: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    seconds: float | Unset = UNSET
    slots: int | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    user_id: int | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        experiment_id = self.experiment_id

        kind = self.kind

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        seconds: float | str | Unset
        if isinstance(self.seconds, float) and not math.isfinite(self.seconds):
            seconds = "NaN" if math.isnan(self.seconds) else ("Infinity" if self.seconds > 0 else "-Infinity")
        else:
            seconds = self.seconds

        slots = self.slots

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        user_id = self.user_id

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if experiment_id is not UNSET:
            field_dict["experimentId"] = experiment_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if labels is not UNSET:
            field_dict["labels"] = labels
        if seconds is not UNSET:
            field_dict["seconds"] = seconds
        if slots is not UNSET:
            field_dict["slots"] = slots
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | None | Unset
        if _end_time is None or _end_time is UNSET:
            end_time = _end_time
        else:
            if type(_end_time) is not str:
                raise TypeError(
                    f"ResourceAllocationRawEntry.endTime: expected str (date-time), got {type(_end_time).__name__}"
                )
            end_time_type_0 = datetime.datetime.fromisoformat(_end_time)

            end_time = end_time_type_0

        experiment_id = d.pop("experimentId", UNSET)
        if type(experiment_id) is not int and experiment_id is not UNSET:
            raise TypeError(
                f"ResourceAllocationRawEntry.experimentId: expected int, got {type(experiment_id).__name__}"
            )

        kind = d.pop("kind", UNSET)
        if type(kind) is not str and kind is not UNSET:
            raise TypeError(f"ResourceAllocationRawEntry.kind: expected str, got {type(kind).__name__}")

        _labels = d.pop("labels", UNSET)
        labels: list[str] | Unset = UNSET
        if _labels is not UNSET:
            if not isinstance(_labels, list):
                raise TypeError(f"ResourceAllocationRawEntry.labels: expected list, got {type(_labels).__name__}")
            for labels_item_data in _labels:
                if type(labels_item_data) is not str:
                    raise TypeError(
                        f"ResourceAllocationRawEntry.labels item: expected str, got {type(labels_item_data).__name__}"
                    )
            labels = _labels

        _seconds = d.pop("seconds", UNSET)
        seconds: float | Unset
        if type(_seconds) is float or type(_seconds) is int:
            seconds = _seconds
        elif _seconds in ("NaN", "Infinity", "-Infinity"):
            seconds = float(_seconds)
        elif _seconds is UNSET:
            seconds = UNSET
        else:
            raise TypeError(f"ResourceAllocationRawEntry.seconds: expected number, got {type(_seconds).__name__}")

        slots = d.pop("slots", UNSET)
        if type(slots) is not int and slots is not UNSET:
            raise TypeError(f"ResourceAllocationRawEntry.slots: expected int, got {type(slots).__name__}")

        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime | None | Unset
        if _start_time is None or _start_time is UNSET:
            start_time = _start_time
        else:
            if type(_start_time) is not str:
                raise TypeError(
                    f"ResourceAllocationRawEntry.startTime: expected str (date-time), got {type(_start_time).__name__}"
                )
            start_time_type_0 = datetime.datetime.fromisoformat(_start_time)

            start_time = start_time_type_0

        user_id = d.pop("userId", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            raise TypeError(f"ResourceAllocationRawEntry.userId: expected int, got {type(user_id).__name__}")

        username = d.pop("username", UNSET)
        if type(username) is not str and username is not UNSET:
            raise TypeError(f"ResourceAllocationRawEntry.username: expected str, got {type(username).__name__}")

        resource_allocation_raw_entry = cls(
            end_time,
            experiment_id,
            kind,
            labels,
            seconds,
            slots,
            start_time,
            user_id,
            username,
        )

        resource_allocation_raw_entry.additional_properties = d if d else {}
        return resource_allocation_raw_entry

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
