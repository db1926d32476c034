from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.experiment_state import ExperimentState, check_experiment_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="Experiment")


@_attrs_define
class Experiment:
    """
    Attributes:
        id (int):
        name (str):
        start_time (datetime.datetime):
        state (ExperimentState): The state of an experiment.
        archived (bool):
        num_trials (int):
        username (str):
        searcher_type (str):
        job_id (str):
        project_id (int):
        config (ExperimentConfig): The experiment configuration.
        original_config (str): The configuration as submitted (YAML text).
        project_owner_id (int):
        description (None | str | Unset):
        labels (list[str] | None | Unset):
        end_time (datetime.datetime | None | Unset):
        trial_ids (list[int] | None | Unset):
        display_name (None | str | Unset):
        user_id (int | None | Unset):
        resource_pool (None | str | Unset):
        searcher_metric (None | str | Unset):
        hyperparameters (ExperimentHyperparametersType0 | None | Unset):
        notes (None | str | Unset):
        forked_from (int | None | Unset):
        progress (float | None | Unset):
        project_name (None | str | Unset):
        workspace_id (int | None | Unset):
        workspace_name (None | str | Unset):
        parent_archived (bool | None | Unset):
        checkpoint_size (None | str | Unset): Total size of the checkpoints in bytes (int64 as a JSON string).
        checkpoint_count (int | None | Unset):
        best_trial_searcher_metric (float | None | Unset):
        best_trial_id (int | None | Unset):
        unmanaged (bool | None | Unset):
        duration (int | None | Unset): Duration in seconds.
        external_experiment_id (None | str | Unset):
        external_trial_id (None | str | Unset):
        model_definition_size (int | None | Unset):
    """

    id: int
    name: str
    start_time: datetime.datetime
    state: ExperimentState
    archived: bool
    num_trials: int
    username: str
    searcher_type: str
    job_id: str
    project_id: int
    config: ExperimentConfig
    original_config: str
    project_owner_id: int
    description: None | str | Unset = UNSET
    labels: list[str] | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    trial_ids: list[int] | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    resource_pool: None | str | Unset = UNSET
    searcher_metric: None | str | Unset = UNSET
    hyperparameters: ExperimentHyperparametersType0 | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    forked_from: int | None | Unset = UNSET
    progress: float | None | Unset = UNSET
    project_name: None | str | Unset = UNSET
    workspace_id: int | None | Unset = UNSET
    workspace_name: None | str | Unset = UNSET
    parent_archived: bool | None | Unset = UNSET
    checkpoint_size: None | str | Unset = UNSET
    checkpoint_count: int | None | Unset = UNSET
    best_trial_searcher_metric: float | None | Unset = UNSET
    best_trial_id: int | None | Unset = UNSET
    unmanaged: bool | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    external_experiment_id: None | str | Unset = UNSET
    external_trial_id: None | str | Unset = UNSET
    model_definition_size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        start_time = self.start_time.isoformat()

        state: str = self.state

        archived = self.archived

        num_trials = self.num_trials

        username = self.username

        searcher_type = self.searcher_type

        job_id = self.job_id

        project_id = self.project_id

        config = self.config.to_dict()

        original_config = self.original_config

        project_owner_id = self.project_owner_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        labels: list[str] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        trial_ids: list[int] | None | Unset
        if isinstance(self.trial_ids, Unset):
            trial_ids = UNSET
        elif isinstance(self.trial_ids, list):
            trial_ids = self.trial_ids

        else:
            trial_ids = self.trial_ids

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        resource_pool: None | str | Unset
        if isinstance(self.resource_pool, Unset):
            resource_pool = UNSET
        else:
            resource_pool = self.resource_pool

        searcher_metric: None | str | Unset
        if isinstance(self.searcher_metric, Unset):
            searcher_metric = UNSET
        else:
            searcher_metric = self.searcher_metric

        hyperparameters: dict[str, Any] | None | Unset
        if isinstance(self.hyperparameters, Unset):
            hyperparameters = UNSET
        elif isinstance(self.hyperparameters, ExperimentHyperparametersType0):
            hyperparameters = self.hyperparameters.to_dict()
        else:
            hyperparameters = self.hyperparameters

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        forked_from: int | None | Unset
        if isinstance(self.forked_from, Unset):
            forked_from = UNSET
        else:
            forked_from = self.forked_from

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        project_name: None | str | Unset
        if isinstance(self.project_name, Unset):
            project_name = UNSET
        else:
            project_name = self.project_name

        workspace_id: int | None | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        workspace_name: None | str | Unset
        if isinstance(self.workspace_name, Unset):
            workspace_name = UNSET
        else:
            workspace_name = self.workspace_name

        parent_archived: bool | None | Unset
        if isinstance(self.parent_archived, Unset):
            parent_archived = UNSET
        else:
            parent_archived = self.parent_archived

        checkpoint_size: None | str | Unset
        if isinstance(self.checkpoint_size, Unset):
            checkpoint_size = UNSET
        else:
            checkpoint_size = self.checkpoint_size

        checkpoint_count: int | None | Unset
        if isinstance(self.checkpoint_count, Unset):
            checkpoint_count = UNSET
        else:
            checkpoint_count = self.checkpoint_count

        best_trial_searcher_metric: float | None | Unset
        if isinstance(self.best_trial_searcher_metric, Unset):
            best_trial_searcher_metric = UNSET
        else:
            best_trial_searcher_metric = self.best_trial_searcher_metric

        best_trial_id: int | None | Unset
        if isinstance(self.best_trial_id, Unset):
            best_trial_id = UNSET
        else:
            best_trial_id = self.best_trial_id

        unmanaged: bool | None | Unset
        if isinstance(self.unmanaged, Unset):
            unmanaged = UNSET
        else:
            unmanaged = self.unmanaged

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        external_experiment_id: None | str | Unset
        if isinstance(self.external_experiment_id, Unset):
            external_experiment_id = UNSET
        else:
            external_experiment_id = self.external_experiment_id

        external_trial_id: None | str | Unset
        if isinstance(self.external_trial_id, Unset):
            external_trial_id = UNSET
        else:
            external_trial_id = self.external_trial_id

        model_definition_size: int | None | Unset
        if isinstance(self.model_definition_size, Unset):
            model_definition_size = UNSET
        else:
            model_definition_size = self.model_definition_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "startTime": start_time,
                "state": state,
                "archived": archived,
                "numTrials": num_trials,
                "username": username,
                "searcherType": searcher_type,
                "jobId": job_id,
                "projectId": project_id,
                "config": config,
                "originalConfig": original_config,
                "projectOwnerId": project_owner_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if labels is not UNSET:
            field_dict["labels"] = labels
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if trial_ids is not UNSET:
            field_dict["trialIds"] = trial_ids
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if resource_pool is not UNSET:
            field_dict["resourcePool"] = resource_pool
        if searcher_metric is not UNSET:
            field_dict["searcherMetric"] = searcher_metric
        if hyperparameters is not UNSET:
            field_dict["hyperparameters"] = hyperparameters
        if notes is not UNSET:
            field_dict["notes"] = notes
        if forked_from is not UNSET:
            field_dict["forkedFrom"] = forked_from
        if progress is not UNSET:
            field_dict["progress"] = progress
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if workspace_name is not UNSET:
            field_dict["workspaceName"] = workspace_name
        if parent_archived is not UNSET:
            field_dict["parentArchived"] = parent_archived
        if checkpoint_size is not UNSET:
            field_dict["checkpointSize"] = checkpoint_size
        if checkpoint_count is not UNSET:
            field_dict["checkpointCount"] = checkpoint_count
        if best_trial_searcher_metric is not UNSET:
            field_dict["bestTrialSearcherMetric"] = best_trial_searcher_metric
        if best_trial_id is not UNSET:
            field_dict["bestTrialId"] = best_trial_id
        if unmanaged is not UNSET:
            field_dict["unmanaged"] = unmanaged
        if duration is not UNSET:
            field_dict["duration"] = duration
        if external_experiment_id is not UNSET:
            field_dict["externalExperimentId"] = external_experiment_id
        if external_trial_id is not UNSET:
            field_dict["externalTrialId"] = external_trial_id
        if model_definition_size is not UNSET:
            field_dict["modelDefinitionSize"] = model_definition_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError(f"Experiment.id: expected int, got {type(id).__name__}")

        name = d.pop("name")
        if type(name) is not str:
            raise TypeError(f"Experiment.name: expected str, got {type(name).__name__}")

        _start_time = d.pop("startTime")
        if type(_start_time) is not str:
            raise TypeError(f"Experiment.startTime: expected str (date-time), got {type(_start_time).__name__}")
        start_time = datetime.datetime.fromisoformat(_start_time)

        _state = d.pop("state")
        if type(_state) is not str:
            raise TypeError(f"Experiment.state: expected str, got {type(_state).__name__}")
        state = check_experiment_state(_state)

        archived = d.pop("archived")
        if type(archived) is not bool:
            raise TypeError(f"Experiment.archived: expected bool, got {type(archived).__name__}")

        num_trials = d.pop("numTrials")
        if type(num_trials) is not int:
            raise TypeError(f"Experiment.numTrials: expected int, got {type(num_trials).__name__}")

        username = d.pop("username")
        if type(username) is not str:
            raise TypeError(f"Experiment.username: expected str, got {type(username).__name__}")

        searcher_type = d.pop("searcherType")
        if type(searcher_type) is not str:
            raise TypeError(f"Experiment.searcherType: expected str, got {type(searcher_type).__name__}")

        job_id = d.pop("jobId")
        if type(job_id) is not str:
            raise TypeError(f"Experiment.jobId: expected str, got {type(job_id).__name__}")

        project_id = d.pop("projectId")
        if type(project_id) is not int:
            raise TypeError(f"Experiment.projectId: expected int, got {type(project_id).__name__}")

        _config = d.pop("config")
        if not isinstance(_config, dict):
            raise TypeError(f"Experiment.config: expected object, got {type(_config).__name__}")
        config = ExperimentConfig.from_dict(_config)

        original_config = d.pop("originalConfig")
        if type(original_config) is not str:
            raise TypeError(f"Experiment.originalConfig: expected str, got {type(original_config).__name__}")

        project_owner_id = d.pop("projectOwnerId")
        if type(project_owner_id) is not int:
            raise TypeError(f"Experiment.projectOwnerId: expected int, got {type(project_owner_id).__name__}")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not None and description is not UNSET:
            raise TypeError(f"Experiment.description: expected str, got {type(description).__name__}")

        _labels = d.pop("labels", UNSET)
        labels: list[str] | None | Unset
        if _labels is None or _labels is UNSET:
            labels = _labels
        else:
            _labels_type_0 = _labels
            if not isinstance(_labels_type_0, list):
                raise TypeError(f"Experiment.labels: expected list, got {type(_labels_type_0).__name__}")
            for labels_type_0_item_data in _labels_type_0:
                if type(labels_type_0_item_data) is not str:
                    raise TypeError(
                        f"Experiment.labels item: expected str, got {type(labels_type_0_item_data).__name__}"
                    )
            labels_type_0: list[str] = _labels_type_0

            labels = labels_type_0

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | None | Unset
        if _end_time is None or _end_time is UNSET:
            end_time = _end_time
        else:
            if type(_end_time) is not str:
                raise TypeError(f"Experiment.endTime: expected str (date-time), got {type(_end_time).__name__}")
            end_time_type_0 = datetime.datetime.fromisoformat(_end_time)

            end_time = end_time_type_0

        _trial_ids = d.pop("trialIds", UNSET)
        trial_ids: list[int] | None | Unset
        if _trial_ids is None or _trial_ids is UNSET:
            trial_ids = _trial_ids
        else:
            _trial_ids_type_0 = _trial_ids
            if not isinstance(_trial_ids_type_0, list):
                raise TypeError(f"Experiment.trialIds: expected list, got {type(_trial_ids_type_0).__name__}")
            for trial_ids_type_0_item_data in _trial_ids_type_0:
                if type(trial_ids_type_0_item_data) is not int:
                    raise TypeError(
                        f"Experiment.trialIds item: expected int, got {type(trial_ids_type_0_item_data).__name__}"
                    )
            trial_ids_type_0: list[int] = _trial_ids_type_0

            trial_ids = trial_ids_type_0

        display_name = d.pop("displayName", UNSET)
        if type(display_name) is not str and display_name is not None and display_name is not UNSET:
            raise TypeError(f"Experiment.displayName: expected str, got {type(display_name).__name__}")

        user_id = d.pop("userId", UNSET)
        if type(user_id) is not int and user_id is not None and user_id is not UNSET:
            raise TypeError(f"Experiment.userId: expected int, got {type(user_id).__name__}")

        resource_pool = d.pop("resourcePool", UNSET)
        if type(resource_pool) is not str and resource_pool is not None and resource_pool is not UNSET:
            raise TypeError(f"Experiment.resourcePool: expected str, got {type(resource_pool).__name__}")

        searcher_metric = d.pop("searcherMetric", UNSET)
        if type(searcher_metric) is not str and searcher_metric is not None and searcher_metric is not UNSET:
            raise TypeError(f"Experiment.searcherMetric: expected str, got {type(searcher_metric).__name__}")

        _hyperparameters = d.pop("hyperparameters", UNSET)
        hyperparameters: ExperimentHyperparametersType0 | None | Unset
        if _hyperparameters is None or _hyperparameters is UNSET:
            hyperparameters = _hyperparameters
        else:
            if not isinstance(_hyperparameters, dict):
                raise TypeError(f"Experiment.hyperparameters: expected object, got {type(_hyperparameters).__name__}")
            hyperparameters_type_0 = ExperimentHyperparametersType0.from_dict(_hyperparameters)

            hyperparameters = hyperparameters_type_0

        notes = d.pop("notes", UNSET)
        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError(f"Experiment.notes: expected str, got {type(notes).__name__}")

        forked_from = d.pop("forkedFrom", UNSET)
        if type(forked_from) is not int and forked_from is not None and forked_from is not UNSET:
            raise TypeError(f"Experiment.forkedFrom: expected int, got {type(forked_from).__name__}")

        progress = d.pop("progress", UNSET)
        if type(progress) is not float and type(progress) is not int and progress is not None and progress is not UNSET:
            raise TypeError(f"Experiment.progress: expected number, got {type(progress).__name__}")

        project_name = d.pop("projectName", UNSET)
        if type(project_name) is not str and project_name is not None and project_name is not UNSET:
            raise TypeError(f"Experiment.projectName: expected str, got {type(project_name).__name__}")

        workspace_id = d.pop("workspaceId", UNSET)
        if type(workspace_id) is not int and workspace_id is not None and workspace_id is not UNSET:
            raise TypeError(f"Experiment.workspaceId: expected int, got {type(workspace_id).__name__}")

        workspace_name = d.pop("workspaceName", UNSET)
        if type(workspace_name) is not str and workspace_name is not None and workspace_name is not UNSET:
            raise TypeError(f"Experiment.workspaceName: expected str, got {type(workspace_name).__name__}")

        parent_archived = d.pop("parentArchived", UNSET)
        if type(parent_archived) is not bool and parent_archived is not None and parent_archived is not UNSET:
            raise TypeError(f"Experiment.parentArchived: expected bool, got {type(parent_archived).__name__}")

        checkpoint_size = d.pop("checkpointSize", UNSET)
        if type(checkpoint_size) is not str and checkpoint_size is not None and checkpoint_size is not UNSET:
            raise TypeError(f"Experiment.checkpointSize: expected str, got {type(checkpoint_size).__name__}")

        checkpoint_count = d.pop("checkpointCount", UNSET)
        if type(checkpoint_count) is not int and checkpoint_count is not None and checkpoint_count is not UNSET:
            raise TypeError(f"Experiment.checkpointCount: expected int, got {type(checkpoint_count).__name__}")

        best_trial_searcher_metric = d.pop("bestTrialSearcherMetric", UNSET)
        if (
            type(best_trial_searcher_metric) is not float
            and type(best_trial_searcher_metric) is not int
            and best_trial_searcher_metric is not None
            and best_trial_searcher_metric is not UNSET
        ):
            raise TypeError(
                f"Experiment.bestTrialSearcherMetric: expected number, got {type(best_trial_searcher_metric).__name__}"
            )

        best_trial_id = d.pop("bestTrialId", UNSET)
        if type(best_trial_id) is not int and best_trial_id is not None and best_trial_id is not UNSET:
            raise TypeError(f"Experiment.bestTrialId: expected int, got {type(best_trial_id).__name__}")

        unmanaged = d.pop("unmanaged", UNSET)
        if type(unmanaged) is not bool and unmanaged is not None and unmanaged is not UNSET:
            raise TypeError(f"Experiment.unmanaged: expected bool, got {type(unmanaged).__name__}")

        duration = d.pop("duration", UNSET)
        if type(duration) is not int and duration is not None and duration is not UNSET:
            raise TypeError(f"Experiment.duration: expected int, got {type(duration).__name__}")

        external_experiment_id = d.pop("externalExperimentId", UNSET)
        if (
            type(external_experiment_id) is not str
            and external_experiment_id is not None
            and external_experiment_id is not UNSET
        ):
            raise TypeError(
                f"Experiment.externalExperimentId: expected str, got {type(external_experiment_id).__name__}"
            )

        external_trial_id = d.pop("externalTrialId", UNSET)
        if type(external_trial_id) is not str and external_trial_id is not None and external_trial_id is not UNSET:
            raise TypeError(f"Experiment.externalTrialId: expected str, got {type(external_trial_id).__name__}")

        model_definition_size = d.pop("modelDefinitionSize", UNSET)
        if (
            type(model_definition_size) is not int
            and model_definition_size is not None
            and model_definition_size is not UNSET
        ):
            raise TypeError(f"Experiment.modelDefinitionSize: expected int, got {type(model_definition_size).__name__}")

        experiment = cls(
            id,
            name,
            start_time,
            state,
            archived,
            num_trials,
            username,
            searcher_type,
            job_id,
            project_id,
            config,
            original_config,
            project_owner_id,
            description,
            labels,
            end_time,
            trial_ids,
            display_name,
            user_id,
            resource_pool,
            searcher_metric,
            hyperparameters,
            notes,
            forked_from,
            progress,
            project_name,
            workspace_id,
            workspace_name,
            parent_archived,
            checkpoint_size,
            checkpoint_count,
            best_trial_searcher_metric,
            best_trial_id,
            unmanaged,
            duration,
            external_experiment_id,
            external_trial_id,
            model_definition_size,
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
from ..models.experiment_config import ExperimentConfig  # noqa: E402
from ..models.experiment_hyperparameters_type_0 import ExperimentHyperparametersType0  # noqa: E402
