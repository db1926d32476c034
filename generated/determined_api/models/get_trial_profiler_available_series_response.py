from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetTrialProfilerAvailableSeriesResponse")


@_attrs_define
class GetTrialProfilerAvailableSeriesResponse:
    """
    Attributes:
        labels (list[TrialProfilerMetricLabels]):
    """

    labels: list[TrialProfilerMetricLabels]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labels = []
        for labels_item_data in self.labels:
            labels_item = labels_item_data.to_dict()
            labels.append(labels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labels": labels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _labels = d.pop("labels")
        if not isinstance(_labels, list):
            raise TypeError(
                f"GetTrialProfilerAvailableSeriesResponse.labels: expected list, got {type(_labels).__name__}"
            )
        labels = []
        for labels_item_data in _labels:
            if not isinstance(labels_item_data, dict):
                raise TypeError(
                    f"GetTrialProfilerAvailableSeriesResponse.labels item: expected object, got {type(labels_item_data).__name__}"
                )
            labels_item = TrialProfilerMetricLabels.from_dict(labels_item_data)

            labels.append(labels_item)

        get_trial_profiler_available_series_response = cls(
            labels,
        )

        get_trial_profiler_available_series_response.additional_properties = d if d else {}
        return get_trial_profiler_available_series_response

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
