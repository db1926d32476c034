from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricsWorkload")


@_attrs_define
class MetricsWorkload:
    """A validation (or training step) of a trial.

    Attributes:
        metrics (Metrics | None): Its metrics; the values are in `avgMetrics`.
        num_inputs (int): How many inputs it covered.
        total_batches (int): Batches trained when it ran.
        end_time (datetime.datetime | None | Unset):
    """

    metrics: Metrics | None
    num_inputs: int
    total_batches: int
    end_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics: dict[str, Any] | None
        if isinstance(self.metrics, Metrics):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        num_inputs = self.num_inputs

        total_batches = self.total_batches

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metrics": metrics,
                "numInputs": num_inputs,
                "totalBatches": total_batches,
            }
        )
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _metrics = d.pop("metrics")
        metrics: Metrics | None
        if _metrics is None:
            metrics = _metrics
        else:
            if not isinstance(_metrics, dict):
                raise TypeError(f"MetricsWorkload.metrics: expected object, got {type(_metrics).__name__}")
            metrics_type_0 = Metrics.from_dict(_metrics)

            metrics = metrics_type_0

        num_inputs = d.pop("numInputs")
        if type(num_inputs) is not int:
            raise TypeError(f"MetricsWorkload.numInputs: expected int, got {type(num_inputs).__name__}")

        total_batches = d.pop("totalBatches")
        if type(total_batches) is not int:
            raise TypeError(f"MetricsWorkload.totalBatches: expected int, got {type(total_batches).__name__}")

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | None | Unset
        if _end_time is None or _end_time is UNSET:
            end_time = _end_time
        else:
            if type(_end_time) is not str:
                raise TypeError(f"MetricsWorkload.endTime: expected str (date-time), got {type(_end_time).__name__}")
            end_time_type_0 = datetime.datetime.fromisoformat(_end_time)

            end_time = end_time_type_0

        metrics_workload = cls(
            metrics,
            num_inputs,
            total_batches,
            end_time,
        )

        metrics_workload.additional_properties = d if d else {}
        return metrics_workload

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
from ..models.metrics import Metrics  # noqa: E402
