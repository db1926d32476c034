from __future__ import annotations

import datetime
import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trial_state import TrialState, check_trial_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlatRun")


@_attrs_define
class FlatRun:
    """
    Attributes:
        archived (bool):
        checkpoint_count (int):
        checkpoint_size (str):
        id (int):
        parent_archived (bool):
        project_id (int):
        project_name (str):
        start_time (datetime.datetime | None):
        state (TrialState): Where a trial is in its life: `STATE_QUEUED`, `STATE_PULLING`, `STATE_STARTING`,
            `STATE_RUNNING` or `STATE_ACTIVE` while it works, `STATE_PAUSED`, `STATE_STOPPING_*` while it exits, then
            `STATE_COMPLETED`, `STATE_CANCELED` or `STATE_ERROR`.
        workspace_id (int):
        workspace_name (str):
        duration (int | Unset):
        end_time (datetime.datetime | None | Unset):
        experiment (FlatRunExperiment | Unset):
        external_run_id (str | Unset):
        hyperparameters (FlatRunHyperparameters | Unset):
        labels (list[str] | Unset):
        local_id (str | Unset):
        log_policy_matched (str | Unset):
        metadata (FlatRunMetadata | Unset):
        searcher_metric_value (float | Unset):
        summary_metrics (FlatRunSummaryMetrics | Unset):
        user_id (int | Unset):
    """

    archived: bool
    checkpoint_count: int
    checkpoint_size: str
    id: int
    parent_archived: bool
    project_id: int
    project_name: str
    start_time: datetime.datetime | None
    state: TrialState
    workspace_id: int
    workspace_name: str
    duration: int | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    experiment: FlatRunExperiment | Unset = UNSET
    external_run_id: str | Unset = UNSET
    hyperparameters: FlatRunHyperparameters | Unset = UNSET
    labels: list[str] | Unset = UNSET
    local_id: str | Unset = UNSET
    log_policy_matched: str | Unset = UNSET
    metadata: FlatRunMetadata | Unset = UNSET
    searcher_metric_value: float | Unset = UNSET
    summary_metrics: FlatRunSummaryMetrics | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived = self.archived

        checkpoint_count = self.checkpoint_count

        checkpoint_size = self.checkpoint_size

        id = self.id

        parent_archived = self.parent_archived

        project_id = self.project_id

        project_name = self.project_name

        start_time: None | str
        if isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        state: str = self.state

        workspace_id = self.workspace_id

        workspace_name = self.workspace_name

        duration = self.duration

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        experiment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.experiment, Unset):
            experiment = self.experiment.to_dict()

        external_run_id = self.external_run_id

        hyperparameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hyperparameters, Unset):
            hyperparameters = self.hyperparameters.to_dict()

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        local_id = self.local_id

        log_policy_matched = self.log_policy_matched

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        searcher_metric_value: float | str | Unset
        if isinstance(self.searcher_metric_value, float) and not math.isfinite(self.searcher_metric_value):
            searcher_metric_value = (
                "NaN"
                if math.isnan(self.searcher_metric_value)
                else ("Infinity" if self.searcher_metric_value > 0 else "-Infinity")
            )
        else:
            searcher_metric_value = self.searcher_metric_value

        summary_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary_metrics, Unset):
            summary_metrics = self.summary_metrics.to_dict()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "archived": archived,
                "checkpointCount": checkpoint_count,
                "checkpointSize": checkpoint_size,
                "id": id,
                "parentArchived": parent_archived,
                "projectId": project_id,
                "projectName": project_name,
                "startTime": start_time,
                "state": state,
                "workspaceId": workspace_id,
                "workspaceName": workspace_name,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if external_run_id is not UNSET:
            field_dict["externalRunId"] = external_run_id
        if hyperparameters is not UNSET:
            field_dict["hyperparameters"] = hyperparameters
        if labels is not UNSET:
            field_dict["labels"] = labels
        if local_id is not UNSET:
            field_dict["localId"] = local_id
        if log_policy_matched is not UNSET:
            field_dict["logPolicyMatched"] = log_policy_matched
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if searcher_metric_value is not UNSET:
            field_dict["searcherMetricValue"] = searcher_metric_value
        if summary_metrics is not UNSET:
            field_dict["summaryMetrics"] = summary_metrics
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        archived = d.pop("archived")
        if type(archived) is not bool:
            raise TypeError(f"FlatRun.archived: expected bool, got {type(archived).__name__}")

        checkpoint_count = d.pop("checkpointCount")
        if type(checkpoint_count) is not int:
            raise TypeError(f"FlatRun.checkpointCount: expected int, got {type(checkpoint_count).__name__}")

        checkpoint_size = d.pop("checkpointSize")
        if type(checkpoint_size) is not str:
            raise TypeError(f"FlatRun.checkpointSize: expected str, got {type(checkpoint_size).__name__}")

        id = d.pop("id")
        if type(id) is not int:
            raise TypeError(f"FlatRun.id: expected int, got {type(id).__name__}")

        parent_archived = d.pop("parentArchived")
        if type(parent_archived) is not bool:
            raise TypeError(f"FlatRun.parentArchived: expected bool, got {type(parent_archived).__name__}")

        project_id = d.pop("projectId")
        if type(project_id) is not int:
            raise TypeError(f"FlatRun.projectId: expected int, got {type(project_id).__name__}")

        project_name = d.pop("projectName")
        if type(project_name) is not str:
            raise TypeError(f"FlatRun.projectName: expected str, got {type(project_name).__name__}")

        _start_time = d.pop("startTime")
        start_time: datetime.datetime | None
        if _start_time is None:
            start_time = _start_time
        else:
            if type(_start_time) is not str:
                raise TypeError(f"FlatRun.startTime: expected str (date-time), got {type(_start_time).__name__}")
            start_time_type_0 = datetime.datetime.fromisoformat(_start_time)

            start_time = start_time_type_0

        _state = d.pop("state")
        if type(_state) is not str:
            raise TypeError(f"FlatRun.state: expected str, got {type(_state).__name__}")
        state = check_trial_state(_state)

        workspace_id = d.pop("workspaceId")
        if type(workspace_id) is not int:
            raise TypeError(f"FlatRun.workspaceId: expected int, got {type(workspace_id).__name__}")

        workspace_name = d.pop("workspaceName")
        if type(workspace_name) is not str:
            raise TypeError(f"FlatRun.workspaceName: expected str, got {type(workspace_name).__name__}")

        duration = d.pop("duration", UNSET)
        if type(duration) is not int and duration is not UNSET:
            raise TypeError(f"FlatRun.duration: expected int, got {type(duration).__name__}")

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | None | Unset
        if _end_time is None or _end_time is UNSET:
            end_time = _end_time
        else:
            if type(_end_time) is not str:
                raise TypeError(f"FlatRun.endTime: expected str (date-time), got {type(_end_time).__name__}")
            end_time_type_0 = datetime.datetime.fromisoformat(_end_time)

            end_time = end_time_type_0

        _experiment = d.pop("experiment", UNSET)
        experiment: FlatRunExperiment | Unset
        if _experiment is UNSET:
            experiment = UNSET
        else:
            if not isinstance(_experiment, dict):
                raise TypeError(f"FlatRun.experiment: expected object, got {type(_experiment).__name__}")
            experiment = FlatRunExperiment.from_dict(_experiment)

        external_run_id = d.pop("externalRunId", UNSET)
        if type(external_run_id) is not str and external_run_id is not UNSET:
            raise TypeError(f"FlatRun.externalRunId: expected str, got {type(external_run_id).__name__}")

        _hyperparameters = d.pop("hyperparameters", UNSET)
        hyperparameters: FlatRunHyperparameters | Unset
        if _hyperparameters is UNSET:
            hyperparameters = UNSET
        else:
            if not isinstance(_hyperparameters, dict):
                raise TypeError(f"FlatRun.hyperparameters: expected object, got {type(_hyperparameters).__name__}")
            hyperparameters = FlatRunHyperparameters.from_dict(_hyperparameters)

        _labels = d.pop("labels", UNSET)
        labels: list[str] | Unset = UNSET
        if _labels is not UNSET:
            if not isinstance(_labels, list):
                raise TypeError(f"FlatRun.labels: expected list, got {type(_labels).__name__}")
            for labels_item_data in _labels:
                if type(labels_item_data) is not str:
                    raise TypeError(f"FlatRun.labels item: expected str, got {type(labels_item_data).__name__}")
            labels = _labels

        local_id = d.pop("localId", UNSET)
        if type(local_id) is not str and local_id is not UNSET:
            raise TypeError(f"FlatRun.localId: expected str, got {type(local_id).__name__}")

        log_policy_matched = d.pop("logPolicyMatched", UNSET)
        if type(log_policy_matched) is not str and log_policy_matched is not UNSET:
            raise TypeError(f"FlatRun.logPolicyMatched: expected str, got {type(log_policy_matched).__name__}")

        _metadata = d.pop("metadata", UNSET)
        metadata: FlatRunMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            if not isinstance(_metadata, dict):
                raise TypeError(f"FlatRun.metadata: expected object, got {type(_metadata).__name__}")
            metadata = FlatRunMetadata.from_dict(_metadata)

        _searcher_metric_value = d.pop("searcherMetricValue", UNSET)
        searcher_metric_value: float | Unset
        if type(_searcher_metric_value) is float or type(_searcher_metric_value) is int:
            searcher_metric_value = _searcher_metric_value
        elif _searcher_metric_value in ("NaN", "Infinity", "-Infinity"):
            searcher_metric_value = float(_searcher_metric_value)
        elif _searcher_metric_value is UNSET:
            searcher_metric_value = UNSET
        else:
            raise TypeError(
                f"FlatRun.searcherMetricValue: expected number, got {type(_searcher_metric_value).__name__}"
            )

        _summary_metrics = d.pop("summaryMetrics", UNSET)
        summary_metrics: FlatRunSummaryMetrics | Unset
        if _summary_metrics is UNSET:
            summary_metrics = UNSET
        else:
            if not isinstance(_summary_metrics, dict):
                raise TypeError(f"FlatRun.summaryMetrics: expected object, got {type(_summary_metrics).__name__}")
            summary_metrics = FlatRunSummaryMetrics.from_dict(_summary_metrics)

        user_id = d.pop("userId", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            raise TypeError(f"FlatRun.userId: expected int, got {type(user_id).__name__}")

        flat_run = cls(
            archived,
            checkpoint_count,
            checkpoint_size,
            id,
            parent_archived,
            project_id,
            project_name,
            start_time,
            state,
            workspace_id,
            workspace_name,
            duration,
            end_time,
            experiment,
            external_run_id,
            hyperparameters,
            labels,
            local_id,
            log_policy_matched,
            metadata,
            searcher_metric_value,
            summary_metrics,
            user_id,
        )

        flat_run.additional_properties = d if d else {}
        return flat_run

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
from ..models.flat_run_experiment import FlatRunExperiment  # noqa: E402
from ..models.flat_run_hyperparameters import FlatRunHyperparameters  # noqa: E402
from ..models.flat_run_metadata import FlatRunMetadata  # noqa: E402
from ..models.flat_run_summary_metrics import FlatRunSummaryMetrics  # noqa: E402
