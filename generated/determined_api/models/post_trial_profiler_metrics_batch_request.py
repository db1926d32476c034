from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostTrialProfilerMetricsBatchRequest")


@_attrs_define
class PostTrialProfilerMetricsBatchRequest:
    """
    Attributes:
        batches (list[TrialProfilerMetricsBatch] | Unset):
    """

    batches: list[TrialProfilerMetricsBatch] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = []
            for batches_item_data in self.batches:
                batches_item = batches_item_data.to_dict()
                batches.append(batches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batches is not UNSET:
            field_dict["batches"] = batches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _batches = d.pop("batches", UNSET)
        batches: list[TrialProfilerMetricsBatch] | Unset = UNSET
        if _batches is not UNSET:
            if not isinstance(_batches, list):
                raise TypeError(
                    f"PostTrialProfilerMetricsBatchRequest.batches: expected list, got {type(_batches).__name__}"
                )
            batches = []
            for batches_item_data in _batches:
                if not isinstance(batches_item_data, dict):
                    raise TypeError(
                        f"PostTrialProfilerMetricsBatchRequest.batches item: expected object, got {type(batches_item_data).__name__}"
                    )
                batches_item = TrialProfilerMetricsBatch.from_dict(batches_item_data)

                batches.append(batches_item)

        post_trial_profiler_metrics_batch_request = cls(
            batches,
        )

        post_trial_profiler_metrics_batch_request.additional_properties = d if d else {}
        return post_trial_profiler_metrics_batch_request

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
