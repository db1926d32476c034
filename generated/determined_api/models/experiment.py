from __future__ import annotations

import datetime
import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.experiment_state import ExperimentState, check_experiment_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="Experiment")


@_attrs_define
class Experiment:
    """A training job: one or more trials, each with its own hyperparameters, driven by a searcher.

    Attributes:
        archived (bool): Archived experiments are hidden from the default lists.
        config (ExperimentConfigType0 | None): Its whole configuration, with every default filled in.
        id (int): The experiment's id.
        job_id (str): The id of its job in the queue (see the job queue operations).
        name (str): The name from its configuration; names need not be unique.
        num_trials (int): How many trials it has created so far.
        original_config (str): Its configuration exactly as submitted (YAML text).
        project_id (int): The project it belongs to.
        project_owner_id (int): The user id of its project's owner.
        searcher_type (str): The searcher from its configuration, e.g. `single`, `random`, `grid`, `adaptive_asha` or
            `custom`.
        start_time (datetime.datetime | None): When it was created.
        state (ExperimentState): Where an experiment is in its life. An active experiment shows as `STATE_QUEUED`,
            `STATE_PULLING`, `STATE_STARTING` or `STATE_RUNNING` as its trials get going; `STATE_PAUSED` until activated;
            `STATE_STOPPING_*` while its trials exit, then the terminal `STATE_COMPLETED`, `STATE_CANCELED` or
            `STATE_ERROR`; `STATE_DELETING` and `STATE_DELETE_FAILED` after deleteExperiment.
        username (str): The owner's username.
        best_trial_id (int | Unset): The id of its best trial by the searcher metric.
        best_trial_searcher_metric (float | Unset): The searcher metric of its best trial; only filled when asked with
            `showTrialData`.
        checkpoint_count (int | Unset): How many checkpoints its trials saved.
        checkpoint_size (str | Unset): Total size of its checkpoints in bytes: a 64-bit integer, sent as a string of
            digits.
        description (str | Unset): The description from its configuration.
        display_name (str | Unset): The owner's display name, or username when they have none.
        duration (int | Unset): How long it has run, in seconds.
        end_time (datetime.datetime | None | Unset): When it reached a terminal state; null while it is still active.
        external_experiment_id (str | Unset): Its id in the outside system that trains it (unmanaged only).
        external_trial_id (str | Unset): The id of its trial in the outside system (unmanaged only).
        forked_from (int | None | Unset): The experiment it was forked from; null when it was not.
        hyperparameters (ExperimentHyperparametersType0 | None | Unset): The hyperparameter space from its
            configuration.
        labels (list[str] | Unset): Free-form labels, to group and filter experiments.
        model_definition_size (int | Unset): Size of its model definition, in bytes.
        notes (str | Unset): Markdown notes kept with the experiment.
        pachyderm_integration (ExperimentPachydermIntegration | Unset):
        parent_archived (bool | Unset): True when its project or workspace is archived.
        progress (float | None | Unset): How far the searcher has come, from 0 to 1; null before it knows.
        project_name (str | Unset): The name of its project.
        resource_pool (str | Unset): The resource pool its trials run in.
        searcher_metric (str | Unset): The metric its searcher optimises (`searcher.metric`).
        trial_ids (list[int] | Unset): Its trials' ids, ascending. getExperiments leaves them out for speed; fetch the
            experiment for them.
        unmanaged (bool | Unset): True when its training runs outside the cluster and only reports to the master.
        user_id (int | Unset): The owner's user id.
        workspace_id (int | Unset): The workspace of its project.
        workspace_name (str | Unset): The name of its project's workspace.
    """

    archived: bool
    config: ExperimentConfigType0 | None
    id: int
    job_id: str
    name: str
    num_trials: int
    original_config: str
    project_id: int
    project_owner_id: int
    searcher_type: str
    start_time: datetime.datetime | None
    state: ExperimentState
    username: str
    best_trial_id: int | Unset = UNSET
    best_trial_searcher_metric: float | Unset = UNSET
    checkpoint_count: int | Unset = UNSET
    checkpoint_size: str | Unset = UNSET
    description: str | Unset = UNSET
    display_name: str | Unset = UNSET
    duration: int | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    external_experiment_id: str | Unset = UNSET
    external_trial_id: str | Unset = UNSET
    forked_from: int | None | Unset = UNSET
    hyperparameters: ExperimentHyperparametersType0 | None | Unset = UNSET
    labels: list[str] | Unset = UNSET
    model_definition_size: int | Unset = UNSET
    notes: str | Unset = UNSET
    pachyderm_integration: ExperimentPachydermIntegration | Unset = UNSET
    parent_archived: bool | Unset = UNSET
    progress: float | None | Unset = UNSET
    project_name: str | Unset = UNSET
    resource_pool: str | Unset = UNSET
    searcher_metric: str | Unset = UNSET
    trial_ids: list[int] | Unset = UNSET
    unmanaged: bool | Unset = UNSET
    user_id: int | Unset = UNSET
    workspace_id: int | Unset = UNSET
    workspace_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived = self.archived

        config: dict[str, Any] | None
        if isinstance(self.config, ExperimentConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        id = self.id

        job_id = self.job_id

        name = self.name

        num_trials = self.num_trials

        original_config = self.original_config

        project_id = self.project_id

        project_owner_id = self.project_owner_id

        searcher_type = self.searcher_type

        start_time: None | str
        if isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        state: str = self.state

        username = self.username

        best_trial_id = self.best_trial_id

        best_trial_searcher_metric: float | str | Unset
        if isinstance(self.best_trial_searcher_metric, float) and not math.isfinite(self.best_trial_searcher_metric):
            best_trial_searcher_metric = (
                "NaN"
                if math.isnan(self.best_trial_searcher_metric)
                else ("Infinity" if self.best_trial_searcher_metric > 0 else "-Infinity")
            )
        else:
            best_trial_searcher_metric = self.best_trial_searcher_metric

        checkpoint_count = self.checkpoint_count

        checkpoint_size = self.checkpoint_size

        description = self.description

        display_name = self.display_name

        duration = self.duration

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        external_experiment_id = self.external_experiment_id

        external_trial_id = self.external_trial_id

        forked_from: int | None | Unset
        if isinstance(self.forked_from, Unset):
            forked_from = UNSET
        else:
            forked_from = self.forked_from

        hyperparameters: dict[str, Any] | None | Unset
        if isinstance(self.hyperparameters, Unset):
            hyperparameters = UNSET
        elif isinstance(self.hyperparameters, ExperimentHyperparametersType0):
            hyperparameters = self.hyperparameters.to_dict()
        else:
            hyperparameters = self.hyperparameters

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        model_definition_size = self.model_definition_size

        notes = self.notes

        pachyderm_integration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pachyderm_integration, Unset):
            pachyderm_integration = self.pachyderm_integration.to_dict()

        parent_archived = self.parent_archived

        progress: float | str | None | Unset
        if isinstance(self.progress, float) and not math.isfinite(self.progress):
            progress = "NaN" if math.isnan(self.progress) else ("Infinity" if self.progress > 0 else "-Infinity")
        else:
            progress = self.progress

        project_name = self.project_name

        resource_pool = self.resource_pool

        searcher_metric = self.searcher_metric

        trial_ids: list[int] | Unset = UNSET
        if not isinstance(self.trial_ids, Unset):
            trial_ids = self.trial_ids

        unmanaged = self.unmanaged

        user_id = self.user_id

        workspace_id = self.workspace_id

        workspace_name = self.workspace_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "archived": archived,
                "config": config,
                "id": id,
                "jobId": job_id,
                "name": name,
                "numTrials": num_trials,
                "originalConfig": original_config,
                "projectId": project_id,
                "projectOwnerId": project_owner_id,
                "searcherType": searcher_type,
                "startTime": start_time,
                "state": state,
                "username": username,
            }
        )
        if best_trial_id is not UNSET:
            field_dict["bestTrialId"] = best_trial_id
        if best_trial_searcher_metric is not UNSET:
            field_dict["bestTrialSearcherMetric"] = best_trial_searcher_metric
        if checkpoint_count is not UNSET:
            field_dict["checkpointCount"] = checkpoint_count
        if checkpoint_size is not UNSET:
            field_dict["checkpointSize"] = checkpoint_size
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if external_experiment_id is not UNSET:
            field_dict["externalExperimentId"] = external_experiment_id
        if external_trial_id is not UNSET:
            field_dict["externalTrialId"] = external_trial_id
        if forked_from is not UNSET:
            field_dict["forkedFrom"] = forked_from
        if hyperparameters is not UNSET:
            field_dict["hyperparameters"] = hyperparameters
        if labels is not UNSET:
            field_dict["labels"] = labels
        if model_definition_size is not UNSET:
            field_dict["modelDefinitionSize"] = model_definition_size
        if notes is not UNSET:
            field_dict["notes"] = notes
        if pachyderm_integration is not UNSET:
            field_dict["pachydermIntegration"] = pachyderm_integration
        if parent_archived is not UNSET:
            field_dict["parentArchived"] = parent_archived
        if progress is not UNSET:
            field_dict["progress"] = progress
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if resource_pool is not UNSET:
            field_dict["resourcePool"] = resource_pool
        if searcher_metric is not UNSET:
            field_dict["searcherMetric"] = searcher_metric
        if trial_ids is not UNSET:
            field_dict["trialIds"] = trial_ids
        if unmanaged is not UNSET:
            field_dict["unmanaged"] = unmanaged
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if workspace_name is not UNSET:
            field_dict["workspaceName"] = workspace_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        archived = d.pop("archived")
        if type(archived) is not bool:
            raise TypeError(f"Experiment.archived: expected bool, got {type(archived).__name__}")

        _config = d.pop("config")
        config: ExperimentConfigType0 | None
        if _config is None:
            config = _config
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"Experiment.config: expected object, got {type(_config).__name__}")
            config_type_0 = ExperimentConfigType0.from_dict(_config)

            config = config_type_0

        id = d.pop("id")
        if type(id) is not int:
            raise TypeError(f"Experiment.id: expected int, got {type(id).__name__}")

        job_id = d.pop("jobId")
        if type(job_id) is not str:
            raise TypeError(f"Experiment.jobId: expected str, got {type(job_id).__name__}")

        name = d.pop("name")
        if type(name) is not str:
            raise TypeError(f"Experiment.name: expected str, got {type(name).__name__}")

        num_trials = d.pop("numTrials")
        if type(num_trials) is not int:
            raise TypeError(f"Experiment.numTrials: expected int, got {type(num_trials).__name__}")

        original_config = d.pop("originalConfig")
        if type(original_config) is not str:
            raise TypeError(f"Experiment.originalConfig: expected str, got {type(original_config).__name__}")

        project_id = d.pop("projectId")
        if type(project_id) is not int:
            raise TypeError(f"Experiment.projectId: expected int, got {type(project_id).__name__}")

        project_owner_id = d.pop("projectOwnerId")
        if type(project_owner_id) is not int:
            raise TypeError(f"Experiment.projectOwnerId: expected int, got {type(project_owner_id).__name__}")

        searcher_type = d.pop("searcherType")
        if type(searcher_type) is not str:
            raise TypeError(f"Experiment.searcherType: expected str, got {type(searcher_type).__name__}")

        _start_time = d.pop("startTime")
        start_time: datetime.datetime | None
        if _start_time is None:
            start_time = _start_time
        else:
            if type(_start_time) is not str:
                raise TypeError(f"Experiment.startTime: expected str (date-time), got {type(_start_time).__name__}")
            start_time_type_0 = datetime.datetime.fromisoformat(_start_time)

            start_time = start_time_type_0

        _state = d.pop("state")
        if type(_state) is not str:
            raise TypeError(f"Experiment.state: expected str, got {type(_state).__name__}")
        state = check_experiment_state(_state)

        username = d.pop("username")
        if type(username) is not str:
            raise TypeError(f"Experiment.username: expected str, got {type(username).__name__}")

        best_trial_id = d.pop("bestTrialId", UNSET)
        if type(best_trial_id) is not int and best_trial_id is not UNSET:
            raise TypeError(f"Experiment.bestTrialId: expected int, got {type(best_trial_id).__name__}")

        _best_trial_searcher_metric = d.pop("bestTrialSearcherMetric", UNSET)
        best_trial_searcher_metric: float | Unset
        if type(_best_trial_searcher_metric) is float or type(_best_trial_searcher_metric) is int:
            best_trial_searcher_metric = _best_trial_searcher_metric
        elif _best_trial_searcher_metric in ("NaN", "Infinity", "-Infinity"):
            best_trial_searcher_metric = float(_best_trial_searcher_metric)
        elif _best_trial_searcher_metric is UNSET:
            best_trial_searcher_metric = UNSET
        else:
            raise TypeError(
                f"Experiment.bestTrialSearcherMetric: expected number, got {type(_best_trial_searcher_metric).__name__}"
            )

        checkpoint_count = d.pop("checkpointCount", UNSET)
        if type(checkpoint_count) is not int and checkpoint_count is not UNSET:
            raise TypeError(f"Experiment.checkpointCount: expected int, got {type(checkpoint_count).__name__}")

        checkpoint_size = d.pop("checkpointSize", UNSET)
        if type(checkpoint_size) is not str and checkpoint_size is not UNSET:
            raise TypeError(f"Experiment.checkpointSize: expected str, got {type(checkpoint_size).__name__}")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise TypeError(f"Experiment.description: expected str, got {type(description).__name__}")

        display_name = d.pop("displayName", UNSET)
        if type(display_name) is not str and display_name is not UNSET:
            raise TypeError(f"Experiment.displayName: expected str, got {type(display_name).__name__}")

        duration = d.pop("duration", UNSET)
        if type(duration) is not int and duration is not UNSET:
            raise TypeError(f"Experiment.duration: expected int, got {type(duration).__name__}")

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | None | Unset
        if _end_time is None or _end_time is UNSET:
            end_time = _end_time
        else:
            if type(_end_time) is not str:
                raise TypeError(f"Experiment.endTime: expected str (date-time), got {type(_end_time).__name__}")
            end_time_type_0 = datetime.datetime.fromisoformat(_end_time)

            end_time = end_time_type_0

        external_experiment_id = d.pop("externalExperimentId", UNSET)
        if type(external_experiment_id) is not str and external_experiment_id is not UNSET:
            raise TypeError(
                f"Experiment.externalExperimentId: expected str, got {type(external_experiment_id).__name__}"
            )

        external_trial_id = d.pop("externalTrialId", UNSET)
        if type(external_trial_id) is not str and external_trial_id is not UNSET:
            raise TypeError(f"Experiment.externalTrialId: expected str, got {type(external_trial_id).__name__}")

        forked_from = d.pop("forkedFrom", UNSET)
        if type(forked_from) is not int and forked_from is not None and forked_from is not UNSET:
            raise TypeError(f"Experiment.forkedFrom: expected int, got {type(forked_from).__name__}")

        _hyperparameters = d.pop("hyperparameters", UNSET)
        hyperparameters: ExperimentHyperparametersType0 | None | Unset
        if _hyperparameters is None or _hyperparameters is UNSET:
            hyperparameters = _hyperparameters
        else:
            if not isinstance(_hyperparameters, dict):
                raise TypeError(f"Experiment.hyperparameters: expected object, got {type(_hyperparameters).__name__}")
            hyperparameters_type_0 = ExperimentHyperparametersType0.from_dict(_hyperparameters)

            hyperparameters = hyperparameters_type_0

        _labels = d.pop("labels", UNSET)
        labels: list[str] | Unset = UNSET
        if _labels is not UNSET:
            if not isinstance(_labels, list):
                raise TypeError(f"Experiment.labels: expected list, got {type(_labels).__name__}")
            for labels_item_data in _labels:
                if type(labels_item_data) is not str:
                    raise TypeError(f"Experiment.labels item: expected str, got {type(labels_item_data).__name__}")
            labels = _labels

        model_definition_size = d.pop("modelDefinitionSize", UNSET)
        if type(model_definition_size) is not int and model_definition_size is not UNSET:
            raise TypeError(f"Experiment.modelDefinitionSize: expected int, got {type(model_definition_size).__name__}")

        notes = d.pop("notes", UNSET)
        if type(notes) is not str and notes is not UNSET:
            raise TypeError(f"Experiment.notes: expected str, got {type(notes).__name__}")

        _pachyderm_integration = d.pop("pachydermIntegration", UNSET)
        pachyderm_integration: ExperimentPachydermIntegration | Unset
        if _pachyderm_integration is UNSET:
            pachyderm_integration = UNSET
        else:
            if not isinstance(_pachyderm_integration, dict):
                raise TypeError(
                    f"Experiment.pachydermIntegration: expected object, got {type(_pachyderm_integration).__name__}"
                )
            pachyderm_integration = ExperimentPachydermIntegration.from_dict(_pachyderm_integration)

        parent_archived = d.pop("parentArchived", UNSET)
        if type(parent_archived) is not bool and parent_archived is not UNSET:
            raise TypeError(f"Experiment.parentArchived: expected bool, got {type(parent_archived).__name__}")

        _progress = d.pop("progress", UNSET)
        progress: float | None | Unset
        if type(_progress) is float or type(_progress) is int:
            progress = _progress
        elif _progress in ("NaN", "Infinity", "-Infinity"):
            progress = float(_progress)
        elif _progress is None:
            progress = None
        elif _progress is UNSET:
            progress = UNSET
        else:
            raise TypeError(f"Experiment.progress: expected number, got {type(_progress).__name__}")

        project_name = d.pop("projectName", UNSET)
        if type(project_name) is not str and project_name is not UNSET:
            raise TypeError(f"Experiment.projectName: expected str, got {type(project_name).__name__}")

        resource_pool = d.pop("resourcePool", UNSET)
        if type(resource_pool) is not str and resource_pool is not UNSET:
            raise TypeError(f"Experiment.resourcePool: expected str, got {type(resource_pool).__name__}")

        searcher_metric = d.pop("searcherMetric", UNSET)
        if type(searcher_metric) is not str and searcher_metric is not UNSET:
            raise TypeError(f"Experiment.searcherMetric: expected str, got {type(searcher_metric).__name__}")

        _trial_ids = d.pop("trialIds", UNSET)
        trial_ids: list[int] | Unset = UNSET
        if _trial_ids is not UNSET:
            if not isinstance(_trial_ids, list):
                raise TypeError(f"Experiment.trialIds: expected list, got {type(_trial_ids).__name__}")
            for trial_ids_item_data in _trial_ids:
                if type(trial_ids_item_data) is not int:
                    raise TypeError(f"Experiment.trialIds item: expected int, got {type(trial_ids_item_data).__name__}")
            trial_ids = _trial_ids

        unmanaged = d.pop("unmanaged", UNSET)
        if type(unmanaged) is not bool and unmanaged is not UNSET:
            raise TypeError(f"Experiment.unmanaged: expected bool, got {type(unmanaged).__name__}")

        user_id = d.pop("userId", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            raise TypeError(f"Experiment.userId: expected int, got {type(user_id).__name__}")

        workspace_id = d.pop("workspaceId", UNSET)
        if type(workspace_id) is not int and workspace_id is not UNSET:
            raise TypeError(f"Experiment.workspaceId: expected int, got {type(workspace_id).__name__}")

        workspace_name = d.pop("workspaceName", UNSET)
        if type(workspace_name) is not str and workspace_name is not UNSET:
            raise TypeError(f"Experiment.workspaceName: expected str, got {type(workspace_name).__name__}")

        experiment = cls(
            archived,
            config,
            id,
            job_id,
            name,
            num_trials,
            original_config,
            project_id,
            project_owner_id,
            searcher_type,
            start_time,
            state,
            username,
            best_trial_id,
            best_trial_searcher_metric,
            checkpoint_count,
            checkpoint_size,
            description,
            display_name,
            duration,
            end_time,
            external_experiment_id,
            external_trial_id,
            forked_from,
            hyperparameters,
            labels,
            model_definition_size,
            notes,
            pachyderm_integration,
            parent_archived,
            progress,
            project_name,
            resource_pool,
            searcher_metric,
            trial_ids,
            unmanaged,
            user_id,
            workspace_id,
            workspace_name,
        )

        experiment.additional_properties = d if d else {}
        return experiment

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
from ..models.experiment_config_type_0 import ExperimentConfigType0  # noqa: E402
from ..models.experiment_hyperparameters_type_0 import ExperimentHyperparametersType0  # noqa: E402
from ..models.experiment_pachyderm_integration import ExperimentPachydermIntegration  # noqa: E402
