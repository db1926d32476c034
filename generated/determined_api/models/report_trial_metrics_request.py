from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReportTrialMetricsRequest")


@_attrs_define
class ReportTrialMetricsRequest:
    """
    Attributes:
        group (str): The metric group, `training`, `validation` or a custom name.
        metrics (None | TrialMetrics):
    """

    group: str
    metrics: None | TrialMetrics
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        metrics: dict[str, Any] | None
        if isinstance(self.metrics, TrialMetrics):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group = d.pop("group")
        if type(group) is not str:
            raise TypeError(f"ReportTrialMetricsRequest.group: expected str, got {type(group).__name__}")

        _metrics = d.pop("metrics")
        metrics: None | TrialMetrics
        if _metrics is None:
            metrics = _metrics
        else:
            if not isinstance(_metrics, dict):
                raise TypeError(f"ReportTrialMetricsRequest.metrics: expected object, got {type(_metrics).__name__}")
            metrics_type_0 = TrialMetrics.from_dict(_metrics)

            metrics = metrics_type_0

        report_trial_metrics_request = cls(
            group,
            metrics,
        )

        report_trial_metrics_request.additional_properties = d if d else {}
        return report_trial_metrics_request

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
from ..models.trial_metrics import TrialMetrics  # noqa: E402
