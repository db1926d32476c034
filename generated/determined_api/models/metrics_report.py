from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MetricsReport")


@_attrs_define
class MetricsReport:
    """One metrics report of a trial: the values of one group at one point of training.

    Attributes:
        archived (bool): True when a restart made this report obsolete (its run was rolled back).
        end_time (datetime.datetime | None): When the report was made.
        group (str): The metric group, e.g. `training` or `validation`.
        id (int):
        metrics (MetricsReportMetricsType0 | None): The values: `avg_metrics` maps each metric name to its value
            (numbers, or `NaN` and the infinities as strings), `batch_metrics` holds per-batch values when reported.
        total_batches (int): Batches trained when the report was made.
        trial_id (int):
        trial_run_id (int): Which run of the trial (it grows by one at each restart) made it.
    """

    archived: bool
    end_time: datetime.datetime | None
    group: str
    id: int
    metrics: MetricsReportMetricsType0 | None
    total_batches: int
    trial_id: int
    trial_run_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived = self.archived

        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        group = self.group

        id = self.id

        metrics: dict[str, Any] | None
        if isinstance(self.metrics, MetricsReportMetricsType0):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        total_batches = self.total_batches

        trial_id = self.trial_id

        trial_run_id = self.trial_run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "archived": archived,
                "endTime": end_time,
                "group": group,
                "id": id,
                "metrics": metrics,
                "totalBatches": total_batches,
                "trialId": trial_id,
                "trialRunId": trial_run_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        archived = d.pop("archived")
        if type(archived) is not bool:
            raise TypeError(f"MetricsReport.archived: expected bool, got {type(archived).__name__}")

        _end_time = d.pop("endTime")
        end_time: datetime.datetime | None
        if _end_time is None:
            end_time = _end_time
        else:
            if type(_end_time) is not str:
                raise TypeError(f"MetricsReport.endTime: expected str (date-time), got {type(_end_time).__name__}")
            end_time_type_0 = datetime.datetime.fromisoformat(_end_time)

            end_time = end_time_type_0

        group = d.pop("group")
        if type(group) is not str:
            raise TypeError(f"MetricsReport.group: expected str, got {type(group).__name__}")

        id = d.pop("id")
        if type(id) is not int:
            raise TypeError(f"MetricsReport.id: expected int, got {type(id).__name__}")

        _metrics = d.pop("metrics")
        metrics: MetricsReportMetricsType0 | None
        if _metrics is None:
            metrics = _metrics
        else:
            if not isinstance(_metrics, dict):
                raise TypeError(f"MetricsReport.metrics: expected object, got {type(_metrics).__name__}")
            metrics_type_0 = MetricsReportMetricsType0.from_dict(_metrics)

            metrics = metrics_type_0

        total_batches = d.pop("totalBatches")
        if type(total_batches) is not int:
            raise TypeError(f"MetricsReport.totalBatches: expected int, got {type(total_batches).__name__}")

        trial_id = d.pop("trialId")
        if type(trial_id) is not int:
            raise TypeError(f"MetricsReport.trialId: expected int, got {type(trial_id).__name__}")

        trial_run_id = d.pop("trialRunId")
        if type(trial_run_id) is not int:
            raise TypeError(f"MetricsReport.trialRunId: expected int, got {type(trial_run_id).__name__}")

        metrics_report = cls(
            archived,
            end_time,
            group,
            id,
            metrics,
            total_batches,
            trial_id,
            trial_run_id,
        )

        metrics_report.additional_properties = d if d else {}
        return metrics_report

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
from ..models.metrics_report_metrics_type_0 import MetricsReportMetricsType0  # noqa: E402
