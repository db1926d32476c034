from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LaunchTensorboardRequest")


@_attrs_define
class LaunchTensorboardRequest:
    """
    Attributes:
        config (LaunchTensorboardRequestConfigType0 | None | Unset):
        experiment_ids (list[int] | Unset):
        files (list[File] | Unset):
        filters (BulkExperimentFilters | None | Unset):
        template_name (str | Unset):
        trial_ids (list[int] | Unset):
        workspace_id (int | Unset):
    """

    config: LaunchTensorboardRequestConfigType0 | None | Unset = UNSET
    experiment_ids: list[int] | Unset = UNSET
    files: list[File] | Unset = UNSET
    filters: BulkExperimentFilters | None | Unset = UNSET
    template_name: str | Unset = UNSET
    trial_ids: list[int] | Unset = UNSET
    workspace_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, LaunchTensorboardRequestConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        experiment_ids: list[int] | Unset = UNSET
        if not isinstance(self.experiment_ids, Unset):
            experiment_ids = self.experiment_ids

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, BulkExperimentFilters):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        template_name = self.template_name

        trial_ids: list[int] | Unset = UNSET
        if not isinstance(self.trial_ids, Unset):
            trial_ids = self.trial_ids

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if experiment_ids is not UNSET:
            field_dict["experimentIds"] = experiment_ids
        if files is not UNSET:
            field_dict["files"] = files
        if filters is not UNSET:
            field_dict["filters"] = filters
        if template_name is not UNSET:
            field_dict["templateName"] = template_name
        if trial_ids is not UNSET:
            field_dict["trialIds"] = trial_ids
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: LaunchTensorboardRequestConfigType0 | None | Unset
        if _config is None or _config is UNSET:
            config = _config
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"LaunchTensorboardRequest.config: expected object, got {type(_config).__name__}")
            config_type_0 = LaunchTensorboardRequestConfigType0.from_dict(_config)

            config = config_type_0

        _experiment_ids = d.pop("experimentIds", UNSET)
        experiment_ids: list[int] | Unset = UNSET
        if _experiment_ids is not UNSET:
            if not isinstance(_experiment_ids, list):
                raise TypeError(
                    f"LaunchTensorboardRequest.experimentIds: expected list, got {type(_experiment_ids).__name__}"
                )
            for experiment_ids_item_data in _experiment_ids:
                if type(experiment_ids_item_data) is not int:
                    raise TypeError(
                        f"LaunchTensorboardRequest.experimentIds item: expected int, got {type(experiment_ids_item_data).__name__}"
                    )
            experiment_ids = _experiment_ids

        _files = d.pop("files", UNSET)
        files: list[File] | Unset = UNSET
        if _files is not UNSET:
            if not isinstance(_files, list):
                raise TypeError(f"LaunchTensorboardRequest.files: expected list, got {type(_files).__name__}")
            files = []
            for files_item_data in _files:
                if not isinstance(files_item_data, dict):
                    raise TypeError(
                        f"LaunchTensorboardRequest.files item: expected object, got {type(files_item_data).__name__}"
                    )
                files_item = File.from_dict(files_item_data)

                files.append(files_item)

        _filters = d.pop("filters", UNSET)
        filters: BulkExperimentFilters | None | Unset
        if _filters is None or _filters is UNSET:
            filters = _filters
        else:
            if not isinstance(_filters, dict):
                raise TypeError(f"LaunchTensorboardRequest.filters: expected object, got {type(_filters).__name__}")
            filters_type_0 = BulkExperimentFilters.from_dict(_filters)

            filters = filters_type_0

        template_name = d.pop("templateName", UNSET)
        if type(template_name) is not str and template_name is not UNSET:
            raise TypeError(f"LaunchTensorboardRequest.templateName: expected str, got {type(template_name).__name__}")

        _trial_ids = d.pop("trialIds", UNSET)
        trial_ids: list[int] | Unset = UNSET
        if _trial_ids is not UNSET:
            if not isinstance(_trial_ids, list):
                raise TypeError(f"LaunchTensorboardRequest.trialIds: expected list, got {type(_trial_ids).__name__}")
            for trial_ids_item_data in _trial_ids:
                if type(trial_ids_item_data) is not int:
                    raise TypeError(
                        f"LaunchTensorboardRequest.trialIds item: expected int, got {type(trial_ids_item_data).__name__}"
                    )
            trial_ids = _trial_ids

        workspace_id = d.pop("workspaceId", UNSET)
        if type(workspace_id) is not int and workspace_id is not UNSET:
            raise TypeError(f"LaunchTensorboardRequest.workspaceId: expected int, got {type(workspace_id).__name__}")

        launch_tensorboard_request = cls(
            config,
            experiment_ids,
            files,
            filters,
            template_name,
            trial_ids,
            workspace_id,
        )

        launch_tensorboard_request.additional_properties = d if d else {}
        return launch_tensorboard_request

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
from ..models.bulk_experiment_filters import BulkExperimentFilters  # noqa: E402
from ..models.file import File  # noqa: E402
from ..models.launch_tensorboard_request_config_type_0 import LaunchTensorboardRequestConfigType0  # noqa: E402
