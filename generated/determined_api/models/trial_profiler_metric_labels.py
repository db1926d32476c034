from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trial_profiler_metric_labels_profiler_metric_type import (
    TrialProfilerMetricLabelsProfilerMetricType,
    check_trial_profiler_metric_labels_profiler_metric_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrialProfilerMetricLabels")


@_attrs_define
class TrialProfilerMetricLabels:
    """
    Attributes:
        name (str):
        trial_id (int):
        agent_id (str | Unset):
        gpu_uuid (str | Unset):
        metric_type (TrialProfilerMetricLabelsProfilerMetricType | Unset):
    """

    name: str
    trial_id: int
    agent_id: str | Unset = UNSET
    gpu_uuid: str | Unset = UNSET
    metric_type: TrialProfilerMetricLabelsProfilerMetricType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        trial_id = self.trial_id

        agent_id = self.agent_id

        gpu_uuid = self.gpu_uuid

        metric_type: str | Unset = UNSET
        if not isinstance(self.metric_type, Unset):
            metric_type = self.metric_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "trialId": trial_id,
            }
        )
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if gpu_uuid is not UNSET:
            field_dict["gpuUuid"] = gpu_uuid
        if metric_type is not UNSET:
            field_dict["metricType"] = metric_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if type(name) is not str:
            raise TypeError(f"TrialProfilerMetricLabels.name: expected str, got {type(name).__name__}")

        trial_id = d.pop("trialId")
        if type(trial_id) is not int:
            raise TypeError(f"TrialProfilerMetricLabels.trialId: expected int, got {type(trial_id).__name__}")

        agent_id = d.pop("agentId", UNSET)
        if type(agent_id) is not str and agent_id is not UNSET:
            raise TypeError(f"TrialProfilerMetricLabels.agentId: expected str, got {type(agent_id).__name__}")

        gpu_uuid = d.pop("gpuUuid", UNSET)
        if type(gpu_uuid) is not str and gpu_uuid is not UNSET:
            raise TypeError(f"TrialProfilerMetricLabels.gpuUuid: expected str, got {type(gpu_uuid).__name__}")

        _metric_type = d.pop("metricType", UNSET)
        metric_type: TrialProfilerMetricLabelsProfilerMetricType | Unset
        if _metric_type is UNSET:
            metric_type = UNSET
        else:
            if type(_metric_type) is not str:
                raise TypeError(
                    f"TrialProfilerMetricLabels.metricType: expected str, got {type(_metric_type).__name__}"
                )
            metric_type = check_trial_profiler_metric_labels_profiler_metric_type(_metric_type)

        trial_profiler_metric_labels = cls(
            name,
            trial_id,
            agent_id,
            gpu_uuid,
            metric_type,
        )

        trial_profiler_metric_labels.additional_properties = d if d else {}
        return trial_profiler_metric_labels

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
