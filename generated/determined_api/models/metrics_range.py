from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MetricsRange")


@_attrs_define
class MetricsRange:
    """
    Attributes:
        max_ (float):
        metrics_name (str):
        min_ (float):
    """

    max_: float
    metrics_name: str
    min_: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_: float | str
        if isinstance(self.max_, float) and not math.isfinite(self.max_):
            max_ = "NaN" if math.isnan(self.max_) else ("Infinity" if self.max_ > 0 else "-Infinity")
        else:
            max_ = self.max_

        metrics_name = self.metrics_name

        min_: float | str
        if isinstance(self.min_, float) and not math.isfinite(self.min_):
            min_ = "NaN" if math.isnan(self.min_) else ("Infinity" if self.min_ > 0 else "-Infinity")
        else:
            min_ = self.min_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max": max_,
                "metricsName": metrics_name,
                "min": min_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _max_ = d.pop("max")
        max_: float
        if type(_max_) is float or type(_max_) is int:
            max_ = _max_
        elif _max_ in ("NaN", "Infinity", "-Infinity"):
            max_ = float(_max_)
        else:
            raise TypeError(f"MetricsRange.max: expected number, got {type(_max_).__name__}")

        metrics_name = d.pop("metricsName")
        if type(metrics_name) is not str:
            raise TypeError(f"MetricsRange.metricsName: expected str, got {type(metrics_name).__name__}")

        _min_ = d.pop("min")
        min_: float
        if type(_min_) is float or type(_min_) is int:
            min_ = _min_
        elif _min_ in ("NaN", "Infinity", "-Infinity"):
            min_ = float(_min_)
        else:
            raise TypeError(f"MetricsRange.min: expected number, got {type(_min_).__name__}")

        metrics_range = cls(
            max_,
            metrics_name,
            min_,
        )

        metrics_range.additional_properties = d if d else {}
        return metrics_range

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
