from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetMetricsResponse")


@_attrs_define
class GetMetricsResponse:
    """
    Attributes:
        metrics (list[MetricsReport]):
    """

    metrics: list[MetricsReport]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _metrics = d.pop("metrics")
        if not isinstance(_metrics, list):
            raise TypeError(f"GetMetricsResponse.metrics: expected list, got {type(_metrics).__name__}")
        metrics = []
        for metrics_item_data in _metrics:
            if not isinstance(metrics_item_data, dict):
                raise TypeError(
                    f"GetMetricsResponse.metrics item: expected object, got {type(metrics_item_data).__name__}"
                )
            metrics_item = MetricsReport.from_dict(metrics_item_data)

            metrics.append(metrics_item)

        get_metrics_response = cls(
            metrics,
        )

        get_metrics_response.additional_properties = d if d else {}
        return get_metrics_response

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
from ..models.metrics_report import MetricsReport  # noqa: E402
