from __future__ import annotations

import datetime
import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrialProfilerMetricsBatch")


@_attrs_define
class TrialProfilerMetricsBatch:
    """
    Attributes:
        batches (list[int]):
        labels (None | TrialProfilerMetricLabels):
        timestamps (list[datetime.datetime]):
        values (list[float | NonFiniteNumber]):
    """

    batches: list[int]
    labels: None | TrialProfilerMetricLabels
    timestamps: list[datetime.datetime]
    values: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batches = self.batches

        labels: dict[str, Any] | None
        if isinstance(self.labels, TrialProfilerMetricLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        timestamps = []
        for timestamps_item_data in self.timestamps:
            timestamps_item = timestamps_item_data.isoformat()
            timestamps.append(timestamps_item)

        values = []
        for values_item_data in self.values:
            values_item: float | str
            if isinstance(values_item_data, float) and not math.isfinite(values_item_data):
                values_item = (
                    "NaN" if math.isnan(values_item_data) else ("Infinity" if values_item_data > 0 else "-Infinity")
                )
            else:
                values_item = values_item_data

            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batches": batches,
                "labels": labels,
                "timestamps": timestamps,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _batches = d.pop("batches")
        if not isinstance(_batches, list):
            raise TypeError(f"TrialProfilerMetricsBatch.batches: expected list, got {type(_batches).__name__}")
        for batches_item_data in _batches:
            if type(batches_item_data) is not int:
                raise TypeError(
                    f"TrialProfilerMetricsBatch.batches item: expected int, got {type(batches_item_data).__name__}"
                )
        batches: list[int] = _batches

        _labels = d.pop("labels")
        labels: None | TrialProfilerMetricLabels
        if _labels is None:
            labels = _labels
        else:
            if not isinstance(_labels, dict):
                raise TypeError(f"TrialProfilerMetricsBatch.labels: expected object, got {type(_labels).__name__}")
            labels_type_0 = TrialProfilerMetricLabels.from_dict(_labels)

            labels = labels_type_0

        _timestamps = d.pop("timestamps")
        if not isinstance(_timestamps, list):
            raise TypeError(f"TrialProfilerMetricsBatch.timestamps: expected list, got {type(_timestamps).__name__}")
        timestamps = []
        for timestamps_item_data in _timestamps:
            if type(timestamps_item_data) is not str:
                raise TypeError(
                    f"TrialProfilerMetricsBatch.timestamps item: expected str (date-time), got {type(timestamps_item_data).__name__}"
                )
            timestamps_item = datetime.datetime.fromisoformat(timestamps_item_data)

            timestamps.append(timestamps_item)

        _values = d.pop("values")
        if not isinstance(_values, list):
            raise TypeError(f"TrialProfilerMetricsBatch.values: expected list, got {type(_values).__name__}")
        values = []
        for values_item_data in _values:
            _values_item = values_item_data
            values_item: float
            if type(_values_item) is float or type(_values_item) is int:
                values_item = _values_item
            elif _values_item in ("NaN", "Infinity", "-Infinity"):
                values_item = float(_values_item)
            else:
                raise TypeError(
                    f"TrialProfilerMetricsBatch.values item: expected number, got {type(_values_item).__name__}"
                )

            values.append(values_item)

        trial_profiler_metrics_batch = cls(
            batches,
            labels,
            timestamps,
            values,
        )

        trial_profiler_metrics_batch.additional_properties = d if d else {}
        return trial_profiler_metrics_batch

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
from ..models.trial_profiler_metric_labels import TrialProfilerMetricLabels  # noqa: E402
