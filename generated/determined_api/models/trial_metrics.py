from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrialMetrics")


@_attrs_define
class TrialMetrics:
    """One metrics report a trial sends.

    Attributes:
        metrics (Metrics | None):
        trial_id (int):
        trial_run_id (int): The run the trial is in (from startTrial, or the task's environment).
        report_time (datetime.datetime | Unset): When they were taken.
        steps_completed (int | Unset): Batches trained when the metrics were taken.
    """

    metrics: Metrics | None
    trial_id: int
    trial_run_id: int
    report_time: datetime.datetime | Unset = UNSET
    steps_completed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics: dict[str, Any] | None
        if isinstance(self.metrics, Metrics):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        trial_id = self.trial_id

        trial_run_id = self.trial_run_id

        report_time: str | Unset = UNSET
        if not isinstance(self.report_time, Unset):
            report_time = self.report_time.isoformat()

        steps_completed = self.steps_completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metrics": metrics,
                "trialId": trial_id,
                "trialRunId": trial_run_id,
            }
        )
        if report_time is not UNSET:
            field_dict["reportTime"] = report_time
        if steps_completed is not UNSET:
            field_dict["stepsCompleted"] = steps_completed

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
                raise TypeError(f"TrialMetrics.metrics: expected object, got {type(_metrics).__name__}")
            metrics_type_0 = Metrics.from_dict(_metrics)

            metrics = metrics_type_0

        trial_id = d.pop("trialId")
        if type(trial_id) is not int:
            raise TypeError(f"TrialMetrics.trialId: expected int, got {type(trial_id).__name__}")

        trial_run_id = d.pop("trialRunId")
        if type(trial_run_id) is not int:
            raise TypeError(f"TrialMetrics.trialRunId: expected int, got {type(trial_run_id).__name__}")

        _report_time = d.pop("reportTime", UNSET)
        report_time: datetime.datetime | Unset
        if _report_time is UNSET:
            report_time = UNSET
        else:
            if type(_report_time) is not str:
                raise TypeError(f"TrialMetrics.reportTime: expected str (date-time), got {type(_report_time).__name__}")
            report_time = datetime.datetime.fromisoformat(_report_time)

        steps_completed = d.pop("stepsCompleted", UNSET)
        if type(steps_completed) is not int and steps_completed is not UNSET:
            raise TypeError(f"TrialMetrics.stepsCompleted: expected int, got {type(steps_completed).__name__}")

        trial_metrics = cls(
            metrics,
            trial_id,
            trial_run_id,
            report_time,
            steps_completed,
        )

        trial_metrics.additional_properties = d if d else {}
        return trial_metrics

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
