from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetTrialProfilerMetricsResponse")


@_attrs_define
class GetTrialProfilerMetricsResponse:
    """
    Attributes:
        batch (None | TrialProfilerMetricsBatch):
    """

    batch: None | TrialProfilerMetricsBatch
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch: dict[str, Any] | None
        if isinstance(self.batch, TrialProfilerMetricsBatch):
            batch = self.batch.to_dict()
        else:
            batch = self.batch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch": batch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _batch = d.pop("batch")
        batch: None | TrialProfilerMetricsBatch
        if _batch is None:
            batch = _batch
        else:
            if not isinstance(_batch, dict):
                raise TypeError(f"GetTrialProfilerMetricsResponse.batch: expected object, got {type(_batch).__name__}")
            batch_type_0 = TrialProfilerMetricsBatch.from_dict(_batch)

            batch = batch_type_0

        get_trial_profiler_metrics_response = cls(
            batch,
        )

        get_trial_profiler_metrics_response.additional_properties = d if d else {}
        return get_trial_profiler_metrics_response

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
from ..models.trial_profiler_metrics_batch import TrialProfilerMetricsBatch  # noqa: E402
