from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Metrics")


@_attrs_define
class Metrics:
    """One metrics report.

    Attributes:
        avg_metrics (MetricsAvgMetricsType0 | None): Metric name to value, averaged over the batches the report covers.
            A value is a number, or one of the strings `NaN`, `Infinity`, `-Infinity`.
        batch_metrics (list[MetricsBatchMetricsItem] | Unset): One object of metric values per batch, when the trial
            reported them.
    """

    avg_metrics: MetricsAvgMetricsType0 | None
    batch_metrics: list[MetricsBatchMetricsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg_metrics: dict[str, Any] | None
        if isinstance(self.avg_metrics, MetricsAvgMetricsType0):
            avg_metrics = self.avg_metrics.to_dict()
        else:
            avg_metrics = self.avg_metrics

        batch_metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batch_metrics, Unset):
            batch_metrics = []
            for batch_metrics_item_data in self.batch_metrics:
                batch_metrics_item = batch_metrics_item_data.to_dict()
                batch_metrics.append(batch_metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avgMetrics": avg_metrics,
            }
        )
        if batch_metrics is not UNSET:
            field_dict["batchMetrics"] = batch_metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _avg_metrics = d.pop("avgMetrics")
        avg_metrics: MetricsAvgMetricsType0 | None
        if _avg_metrics is None:
            avg_metrics = _avg_metrics
        else:
            if not isinstance(_avg_metrics, dict):
                raise TypeError(f"Metrics.avgMetrics: expected object, got {type(_avg_metrics).__name__}")
            avg_metrics_type_0 = MetricsAvgMetricsType0.from_dict(_avg_metrics)

            avg_metrics = avg_metrics_type_0

        _batch_metrics = d.pop("batchMetrics", UNSET)
        batch_metrics: list[MetricsBatchMetricsItem] | Unset = UNSET
        if _batch_metrics is not UNSET:
            if not isinstance(_batch_metrics, list):
                raise TypeError(f"Metrics.batchMetrics: expected list, got {type(_batch_metrics).__name__}")
            batch_metrics = []
            for batch_metrics_item_data in _batch_metrics:
                if not isinstance(batch_metrics_item_data, dict):
                    raise TypeError(
                        f"Metrics.batchMetrics item: expected object, got {type(batch_metrics_item_data).__name__}"
                    )
                batch_metrics_item = MetricsBatchMetricsItem.from_dict(batch_metrics_item_data)

                batch_metrics.append(batch_metrics_item)

        metrics = cls(
            avg_metrics,
            batch_metrics,
        )

        metrics.additional_properties = d if d else {}
        return metrics

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
from ..models.metrics_avg_metrics_type_0 import MetricsAvgMetricsType0  # noqa: E402
from ..models.metrics_batch_metrics_item import MetricsBatchMetricsItem  # noqa: E402
