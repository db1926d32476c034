from __future__ import annotations

import datetime
import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trial_state import TrialState, check_trial_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="Trial")


@_attrs_define
class Trial:
    """One training run of an experiment, with one set of hyperparameters.

    Attributes:
        experiment_id (int): The experiment it belongs to.
        hparams (None | TrialHparamsType0): Its hyperparameter values.
        id (int): The trial's id.
        restarts (int): How many times it restarted after a failure.
        start_time (datetime.datetime | None): When it was created.
        state (TrialState): Where a trial is in its life: `STATE_QUEUED`, `STATE_PULLING`, `STATE_STARTING`,
            `STATE_RUNNING` or `STATE_ACTIVE` while it works, `STATE_PAUSED`, `STATE_STOPPING_*` while it exits, then
            `STATE_COMPLETED`, `STATE_CANCELED` or `STATE_ERROR`.
        total_batches_processed (int): Batches it has trained so far.
        best_checkpoint (CheckpointWorkload | None | Unset): The checkpoint saved at its best validation; null when
            there is none.
        best_validation (MetricsWorkload | None | Unset): Its validation with the best searcher metric; null before the
            first.
        checkpoint_count (int | Unset): How many checkpoints it saved.
        end_time (datetime.datetime | None | Unset): When it reached a terminal state; null while it runs.
        latest_validation (MetricsWorkload | None | Unset): Its most recent validation; null before the first.
        log_policy_matched (str | Unset):
        log_retention_days (int | Unset): Days its logs are kept after it ends; -1 keeps them forever.
        metadata (TrialMetadata | Unset): Free-form metadata posted for the run.
        runner_state (str | Unset): What its harness last said it was doing (postTrialRunnerMetadata).
        searcher_metric_value (float | Unset):
        summary_metrics (None | TrialSummaryMetricsType0 | Unset): For each metric group, summary figures (count, last,
            min, max, mean) of every metric it reported.
        task_id (str | Unset): Its current task id (for taskLogs and getTask).
        task_ids (list[str] | Unset): All its task ids, oldest first; continuing the experiment adds one.
        total_checkpoint_size (str | Unset): Total size of its checkpoints in bytes: a 64-bit integer, sent as a string
            of digits.
        wall_clock_time (float | Unset): Seconds it has spent running.
        warm_start_checkpoint_uuid (str | Unset): The checkpoint it started from, if it did not start fresh.
    """

    experiment_id: int
    hparams: None | TrialHparamsType0
    id: int
    restarts: int
    start_time: datetime.datetime | None
    state: TrialState
    total_batches_processed: int
    best_checkpoint: CheckpointWorkload | None | Unset = UNSET
    best_validation: MetricsWorkload | None | Unset = UNSET
    checkpoint_count: int | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    latest_validation: MetricsWorkload | None | Unset = UNSET
    log_policy_matched: str | Unset = UNSET
    log_retention_days: int | Unset = UNSET
    metadata: TrialMetadata | Unset = UNSET
    runner_state: str | Unset = UNSET
    searcher_metric_value: float | Unset = UNSET
    summary_metrics: None | TrialSummaryMetricsType0 | Unset = UNSET
    task_id: str | Unset = UNSET
    task_ids: list[str] | Unset = UNSET
    total_checkpoint_size: str | Unset = UNSET
    wall_clock_time: float | Unset = UNSET
    warm_start_checkpoint_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        hparams: dict[str, Any] | None
        if isinstance(self.hparams, TrialHparamsType0):
            hparams = self.hparams.to_dict()
        else:
            hparams = self.hparams

        id = self.id

        restarts = self.restarts

        start_time: None | str
        if isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        state: str = self.state

        total_batches_processed = self.total_batches_processed

        best_checkpoint: dict[str, Any] | None | Unset
        if isinstance(self.best_checkpoint, Unset):
            best_checkpoint = UNSET
        elif isinstance(self.best_checkpoint, CheckpointWorkload):
            best_checkpoint = self.best_checkpoint.to_dict()
        else:
            best_checkpoint = self.best_checkpoint

        best_validation: dict[str, Any] | None | Unset
        if isinstance(self.best_validation, Unset):
            best_validation = UNSET
        elif isinstance(self.best_validation, MetricsWorkload):
            best_validation = self.best_validation.to_dict()
        else:
            best_validation = self.best_validation

        checkpoint_count = self.checkpoint_count

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        latest_validation: dict[str, Any] | None | Unset
        if isinstance(self.latest_validation, Unset):
            latest_validation = UNSET
        elif isinstance(self.latest_validation, MetricsWorkload):
            latest_validation = self.latest_validation.to_dict()
        else:
            latest_validation = self.latest_validation

        log_policy_matched = self.log_policy_matched

        log_retention_days = self.log_retention_days

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        runner_state = self.runner_state

        searcher_metric_value: float | str | Unset
        if isinstance(self.searcher_metric_value, float) and not math.isfinite(self.searcher_metric_value):
            searcher_metric_value = (
                "NaN"
                if math.isnan(self.searcher_metric_value)
                else ("Infinity" if self.searcher_metric_value > 0 else "-Infinity")
            )
        else:
            searcher_metric_value = self.searcher_metric_value

        summary_metrics: dict[str, Any] | None | Unset
        if isinstance(self.summary_metrics, Unset):
            summary_metrics = UNSET
        elif isinstance(self.summary_metrics, TrialSummaryMetricsType0):
            summary_metrics = self.summary_metrics.to_dict()
        else:
            summary_metrics = self.summary_metrics

        task_id = self.task_id

        task_ids: list[str] | Unset = UNSET
        if not isinstance(self.task_ids, Unset):
            task_ids = self.task_ids

        total_checkpoint_size = self.total_checkpoint_size

        wall_clock_time: float | str | Unset
        if isinstance(self.wall_clock_time, float) and not math.isfinite(self.wall_clock_time):
            wall_clock_time = (
                "NaN" if math.isnan(self.wall_clock_time) else ("Infinity" if self.wall_clock_time > 0 else "-Infinity")
            )
        else:
            wall_clock_time = self.wall_clock_time

        warm_start_checkpoint_uuid = self.warm_start_checkpoint_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experimentId": experiment_id,
                "hparams": hparams,
                "id": id,
                "restarts": restarts,
                "startTime": start_time,
                "state": state,
                "totalBatchesProcessed": total_batches_processed,
            }
        )
        if best_checkpoint is not UNSET:
            field_dict["bestCheckpoint"] = best_checkpoint
        if best_validation is not UNSET:
            field_dict["bestValidation"] = best_validation
        if checkpoint_count is not UNSET:
            field_dict["checkpointCount"] = checkpoint_count
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if latest_validation is not UNSET:
            field_dict["latestValidation"] = latest_validation
        if log_policy_matched is not UNSET:
            field_dict["logPolicyMatched"] = log_policy_matched
        if log_retention_days is not UNSET:
            field_dict["logRetentionDays"] = log_retention_days
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if runner_state is not UNSET:
            field_dict["runnerState"] = runner_state
        if searcher_metric_value is not UNSET:
            field_dict["searcherMetricValue"] = searcher_metric_value
        if summary_metrics is not UNSET:
            field_dict["summaryMetrics"] = summary_metrics
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if task_ids is not UNSET:
            field_dict["taskIds"] = task_ids
        if total_checkpoint_size is not UNSET:
            field_dict["totalCheckpointSize"] = total_checkpoint_size
        if wall_clock_time is not UNSET:
            field_dict["wallClockTime"] = wall_clock_time
        if warm_start_checkpoint_uuid is not UNSET:
            field_dict["warmStartCheckpointUuid"] = warm_start_checkpoint_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        experiment_id = d.pop("experimentId")
        if type(experiment_id) is not int:
            raise TypeError(f"Trial.experimentId: expected int, got {type(experiment_id).__name__}")

        _hparams = d.pop("hparams")
        hparams: None | TrialHparamsType0
        if _hparams is None:
            hparams = _hparams
        else:
            if not isinstance(_hparams, dict):
                raise TypeError(f"Trial.hparams: expected object, got {type(_hparams).__name__}")
            hparams_type_0 = TrialHparamsType0.from_dict(_hparams)

            hparams = hparams_type_0

        id = d.pop("id")
        if type(id) is not int:
            raise TypeError(f"Trial.id: expected int, got {type(id).__name__}")

        restarts = d.pop("restarts")
        if type(restarts) is not int:
            raise TypeError(f"Trial.restarts: expected int, got {type(restarts).__name__}")

        _start_time = d.pop("startTime")
        start_time: datetime.datetime | None
        if _start_time is None:
            start_time = _start_time
        else:
            if type(_start_time) is not str:
                raise TypeError(f"Trial.startTime: expected str (date-time), got {type(_start_time).__name__}")
            start_time_type_0 = datetime.datetime.fromisoformat(_start_time)

            start_time = start_time_type_0

        _state = d.pop("state")
        if type(_state) is not str:
            raise TypeError(f"Trial.state: expected str, got {type(_state).__name__}")
        state = check_trial_state(_state)

        total_batches_processed = d.pop("totalBatchesProcessed")
        if type(total_batches_processed) is not int:
            raise TypeError(f"Trial.totalBatchesProcessed: expected int, got {type(total_batches_processed).__name__}")

        _best_checkpoint = d.pop("bestCheckpoint", UNSET)
        best_checkpoint: CheckpointWorkload | None | Unset
        if _best_checkpoint is None or _best_checkpoint is UNSET:
            best_checkpoint = _best_checkpoint
        else:
            if not isinstance(_best_checkpoint, dict):
                raise TypeError(f"Trial.bestCheckpoint: expected object, got {type(_best_checkpoint).__name__}")
            best_checkpoint_type_0 = CheckpointWorkload.from_dict(_best_checkpoint)

            best_checkpoint = best_checkpoint_type_0

        _best_validation = d.pop("bestValidation", UNSET)
        best_validation: MetricsWorkload | None | Unset
        if _best_validation is None or _best_validation is UNSET:
            best_validation = _best_validation
        else:
            if not isinstance(_best_validation, dict):
                raise TypeError(f"Trial.bestValidation: expected object, got {type(_best_validation).__name__}")
            best_validation_type_0 = MetricsWorkload.from_dict(_best_validation)

            best_validation = best_validation_type_0

        checkpoint_count = d.pop("checkpointCount", UNSET)
        if type(checkpoint_count) is not int and checkpoint_count is not UNSET:
            raise TypeError(f"Trial.checkpointCount: expected int, got {type(checkpoint_count).__name__}")

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | None | Unset
        if _end_time is None or _end_time is UNSET:
            end_time = _end_time
        else:
            if type(_end_time) is not str:
                raise TypeError(f"Trial.endTime: expected str (date-time), got {type(_end_time).__name__}")
            end_time_type_0 = datetime.datetime.fromisoformat(_end_time)

            end_time = end_time_type_0

        _latest_validation = d.pop("latestValidation", UNSET)
        latest_validation: MetricsWorkload | None | Unset
        if _latest_validation is None or _latest_validation is UNSET:
            latest_validation = _latest_validation
        else:
            if not isinstance(_latest_validation, dict):
                raise TypeError(f"Trial.latestValidation: expected object, got {type(_latest_validation).__name__}")
            latest_validation_type_0 = MetricsWorkload.from_dict(_latest_validation)

            latest_validation = latest_validation_type_0

        log_policy_matched = d.pop("logPolicyMatched", UNSET)
        if type(log_policy_matched) is not str and log_policy_matched is not UNSET:
            raise TypeError(f"Trial.logPolicyMatched: expected str, got {type(log_policy_matched).__name__}")

        log_retention_days = d.pop("logRetentionDays", UNSET)
        if type(log_retention_days) is not int and log_retention_days is not UNSET:
            raise TypeError(f"Trial.logRetentionDays: expected int, got {type(log_retention_days).__name__}")

        _metadata = d.pop("metadata", UNSET)
        metadata: TrialMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            if not isinstance(_metadata, dict):
                raise TypeError(f"Trial.metadata: expected object, got {type(_metadata).__name__}")
            metadata = TrialMetadata.from_dict(_metadata)

        runner_state = d.pop("runnerState", UNSET)
        if type(runner_state) is not str and runner_state is not UNSET:
            raise TypeError(f"Trial.runnerState: expected str, got {type(runner_state).__name__}")

        _searcher_metric_value = d.pop("searcherMetricValue", UNSET)
        searcher_metric_value: float | Unset
        if type(_searcher_metric_value) is float or type(_searcher_metric_value) is int:
            searcher_metric_value = _searcher_metric_value
        elif _searcher_metric_value in ("NaN", "Infinity", "-Infinity"):
            searcher_metric_value = float(_searcher_metric_value)
        elif _searcher_metric_value is UNSET:
            searcher_metric_value = UNSET
        else:
            raise TypeError(f"Trial.searcherMetricValue: expected number, got {type(_searcher_metric_value).__name__}")

        _summary_metrics = d.pop("summaryMetrics", UNSET)
        summary_metrics: None | TrialSummaryMetricsType0 | Unset
        if _summary_metrics is None or _summary_metrics is UNSET:
            summary_metrics = _summary_metrics
        else:
            if not isinstance(_summary_metrics, dict):
                raise TypeError(f"Trial.summaryMetrics: expected object, got {type(_summary_metrics).__name__}")
            summary_metrics_type_0 = TrialSummaryMetricsType0.from_dict(_summary_metrics)

            summary_metrics = summary_metrics_type_0

        task_id = d.pop("taskId", UNSET)
        if type(task_id) is not str and task_id is not UNSET:
            raise TypeError(f"Trial.taskId: expected str, got {type(task_id).__name__}")

        _task_ids = d.pop("taskIds", UNSET)
        task_ids: list[str] | Unset = UNSET
        if _task_ids is not UNSET:
            if not isinstance(_task_ids, list):
                raise TypeError(f"Trial.taskIds: expected list, got {type(_task_ids).__name__}")
            for task_ids_item_data in _task_ids:
                if type(task_ids_item_data) is not str:
                    raise TypeError(f"Trial.taskIds item: expected str, got {type(task_ids_item_data).__name__}")
            task_ids = _task_ids

        total_checkpoint_size = d.pop("totalCheckpointSize", UNSET)
        if type(total_checkpoint_size) is not str and total_checkpoint_size is not UNSET:
            raise TypeError(f"Trial.totalCheckpointSize: expected str, got {type(total_checkpoint_size).__name__}")

        _wall_clock_time = d.pop("wallClockTime", UNSET)
        wall_clock_time: float | Unset
        if type(_wall_clock_time) is float or type(_wall_clock_time) is int:
            wall_clock_time = _wall_clock_time
        elif _wall_clock_time in ("NaN", "Infinity", "-Infinity"):
            wall_clock_time = float(_wall_clock_time)
        elif _wall_clock_time is UNSET:
            wall_clock_time = UNSET
        else:
            raise TypeError(f"Trial.wallClockTime: expected number, got {type(_wall_clock_time).__name__}")

        warm_start_checkpoint_uuid = d.pop("warmStartCheckpointUuid", UNSET)
        if type(warm_start_checkpoint_uuid) is not str and warm_start_checkpoint_uuid is not UNSET:
            raise TypeError(
                f"Trial.warmStartCheckpointUuid: expected str, got {type(warm_start_checkpoint_uuid).__name__}"
            )

        trial = cls(
            experiment_id,
            hparams,
            id,
            restarts,
            start_time,
            state,
            total_batches_processed,
            best_checkpoint,
            best_validation,
            checkpoint_count,
            end_time,
            latest_validation,
            log_policy_matched,
            log_retention_days,
            metadata,
            runner_state,
            searcher_metric_value,
            summary_metrics,
            task_id,
            task_ids,
            total_checkpoint_size,
            wall_clock_time,
            warm_start_checkpoint_uuid,
        )

        trial.additional_properties = d if d else {}
        return trial

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
from ..models.checkpoint_workload import CheckpointWorkload  # noqa: E402
from ..models.metrics_workload import MetricsWorkload  # noqa: E402
from ..models.trial_hparams_type_0 import TrialHparamsType0  # noqa: E402
from ..models.trial_metadata import TrialMetadata  # noqa: E402
from ..models.trial_summary_metrics_type_0 import TrialSummaryMetricsType0  # noqa: E402
