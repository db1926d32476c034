from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AggregateQueueStats")


@_attrs_define
class AggregateQueueStats:
    """
    Attributes:
        period_start (str):
        seconds (float):
    """

    period_start: str
    seconds: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start = self.period_start

        seconds: float | str
        if isinstance(self.seconds, float) and not math.isfinite(self.seconds):
            seconds = "NaN" if math.isnan(self.seconds) else ("Infinity" if self.seconds > 0 else "-Infinity")
        else:
            seconds = self.seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "periodStart": period_start,
                "seconds": seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period_start = d.pop("periodStart")
        if type(period_start) is not str:
            raise TypeError(f"AggregateQueueStats.periodStart: expected str, got {type(period_start).__name__}")

        _seconds = d.pop("seconds")
        seconds: float
        if type(_seconds) is float or type(_seconds) is int:
            seconds = _seconds
        elif _seconds in ("NaN", "Infinity", "-Infinity"):
            seconds = float(_seconds)
        else:
            raise TypeError(f"AggregateQueueStats.seconds: expected number, got {type(_seconds).__name__}")

        aggregate_queue_stats = cls(
            period_start,
            seconds,
        )

        aggregate_queue_stats.additional_properties = d if d else {}
        return aggregate_queue_stats

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
