from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpMetricNamesResponse")


@_attrs_define
class ExpMetricNamesResponse:
    """
    Attributes:
        metric_names (list[MetricIdentifier] | Unset):
        searcher_metrics (list[str] | Unset):
        training_metrics (list[str] | Unset):
        validation_metrics (list[str] | Unset):
    """

    metric_names: list[MetricIdentifier] | Unset = UNSET
    searcher_metrics: list[str] | Unset = UNSET
    training_metrics: list[str] | Unset = UNSET
    validation_metrics: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_names: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metric_names, Unset):
            metric_names = []
            for metric_names_item_data in self.metric_names:
                metric_names_item = metric_names_item_data.to_dict()
                metric_names.append(metric_names_item)

        searcher_metrics: list[str] | Unset = UNSET
        if not isinstance(self.searcher_metrics, Unset):
            searcher_metrics = self.searcher_metrics

        training_metrics: list[str] | Unset = UNSET
        if not isinstance(self.training_metrics, Unset):
            training_metrics = self.training_metrics

        validation_metrics: list[str] | Unset = UNSET
        if not isinstance(self.validation_metrics, Unset):
            validation_metrics = self.validation_metrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric_names is not UNSET:
            field_dict["metricNames"] = metric_names
        if searcher_metrics is not UNSET:
            field_dict["searcherMetrics"] = searcher_metrics
        if training_metrics is not UNSET:
            field_dict["trainingMetrics"] = training_metrics
        if validation_metrics is not UNSET:
            field_dict["validationMetrics"] = validation_metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _metric_names = d.pop("metricNames", UNSET)
        metric_names: list[MetricIdentifier] | Unset = UNSET
        if _metric_names is not UNSET:
            if not isinstance(_metric_names, list):
                raise TypeError(
                    f"ExpMetricNamesResponse.metricNames: expected list, got {type(_metric_names).__name__}"
                )
            metric_names = []
            for metric_names_item_data in _metric_names:
                if not isinstance(metric_names_item_data, dict):
                    raise TypeError(
                        f"ExpMetricNamesResponse.metricNames item: expected object, got {type(metric_names_item_data).__name__}"
                    )
                metric_names_item = MetricIdentifier.from_dict(metric_names_item_data)

                metric_names.append(metric_names_item)

        _searcher_metrics = d.pop("searcherMetrics", UNSET)
        searcher_metrics: list[str] | Unset = UNSET
        if _searcher_metrics is not UNSET:
            if not isinstance(_searcher_metrics, list):
                raise TypeError(
                    f"ExpMetricNamesResponse.searcherMetrics: expected list, got {type(_searcher_metrics).__name__}"
                )
            for searcher_metrics_item_data in _searcher_metrics:
                if type(searcher_metrics_item_data) is not str:
                    raise TypeError(
                        f"ExpMetricNamesResponse.searcherMetrics item: expected str, got {type(searcher_metrics_item_data).__name__}"
                    )
            searcher_metrics = _searcher_metrics

        _training_metrics = d.pop("trainingMetrics", UNSET)
        training_metrics: list[str] | Unset = UNSET
        if _training_metrics is not UNSET:
            if not isinstance(_training_metrics, list):
                raise TypeError(
                    f"ExpMetricNamesResponse.trainingMetrics: expected list, got {type(_training_metrics).__name__}"
                )
            for training_metrics_item_data in _training_metrics:
                if type(training_metrics_item_data) is not str:
                    raise TypeError(
                        f"ExpMetricNamesResponse.trainingMetrics item: expected str, got {type(training_metrics_item_data).__name__}"
                    )
            training_metrics = _training_metrics

        _validation_metrics = d.pop("validationMetrics", UNSET)
        validation_metrics: list[str] | Unset = UNSET
        if _validation_metrics is not UNSET:
            if not isinstance(_validation_metrics, list):
                raise TypeError(
                    f"ExpMetricNamesResponse.validationMetrics: expected list, got {type(_validation_metrics).__name__}"
                )
            for validation_metrics_item_data in _validation_metrics:
                if type(validation_metrics_item_data) is not str:
                    raise TypeError(
                        f"ExpMetricNamesResponse.validationMetrics item: expected str, got {type(validation_metrics_item_data).__name__}"
                    )
            validation_metrics = _validation_metrics

        exp_metric_names_response = cls(
            metric_names,
            searcher_metrics,
            training_metrics,
            validation_metrics,
        )

        exp_metric_names_response.additional_properties = d if d else {}
        return exp_metric_names_response

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
from ..models.metric_identifier import MetricIdentifier  # noqa: E402
