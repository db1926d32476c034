from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.experiment_state import ExperimentState, check_experiment_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkExperimentFilters")


@_attrs_define
class BulkExperimentFilters:
    """Selects experiments by their fields instead of listing ids: every experiment matching all the fields given, except
    `excludedExperimentIds`.

        Attributes:
            archived (bool | None | Unset):
            description (str | Unset):
            excluded_experiment_ids (list[int] | Unset): Experiments to leave out although they match.
            labels (list[str] | Unset):
            name (str | Unset):
            project_id (int | Unset): Only experiments in this project; 0 for every project.
            states (list[ExperimentState] | Unset):
            user_ids (list[int] | Unset):
    """

    archived: bool | None | Unset = UNSET
    description: str | Unset = UNSET
    excluded_experiment_ids: list[int] | Unset = UNSET
    labels: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    project_id: int | Unset = UNSET
    states: list[ExperimentState] | Unset = UNSET
    user_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        description = self.description

        excluded_experiment_ids: list[int] | Unset = UNSET
        if not isinstance(self.excluded_experiment_ids, Unset):
            excluded_experiment_ids = self.excluded_experiment_ids

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        name = self.name

        project_id = self.project_id

        states: list[str] | Unset = UNSET
        if not isinstance(self.states, Unset):
            states = []
            for states_item_data in self.states:
                states_item: str = states_item_data
                states.append(states_item)

        user_ids: list[int] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archived is not UNSET:
            field_dict["archived"] = archived
        if description is not UNSET:
            field_dict["description"] = description
        if excluded_experiment_ids is not UNSET:
            field_dict["excludedExperimentIds"] = excluded_experiment_ids
        if labels is not UNSET:
            field_dict["labels"] = labels
        if name is not UNSET:
            field_dict["name"] = name
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if states is not UNSET:
            field_dict["states"] = states
        if user_ids is not UNSET:
            field_dict["userIds"] = user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        archived = d.pop("archived", UNSET)
        if type(archived) is not bool and archived is not None and archived is not UNSET:
            raise TypeError(f"BulkExperimentFilters.archived: expected bool, got {type(archived).__name__}")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise TypeError(f"BulkExperimentFilters.description: expected str, got {type(description).__name__}")

        _excluded_experiment_ids = d.pop("excludedExperimentIds", UNSET)
        excluded_experiment_ids: list[int] | Unset = UNSET
        if _excluded_experiment_ids is not UNSET:
            if not isinstance(_excluded_experiment_ids, list):
                raise TypeError(
                    f"BulkExperimentFilters.excludedExperimentIds: expected list, got {type(_excluded_experiment_ids).__name__}"
                )
            for excluded_experiment_ids_item_data in _excluded_experiment_ids:
                if type(excluded_experiment_ids_item_data) is not int:
                    raise TypeError(
                        f"BulkExperimentFilters.excludedExperimentIds item: expected int, got {type(excluded_experiment_ids_item_data).__name__}"
                    )
            excluded_experiment_ids = _excluded_experiment_ids

        _labels = d.pop("labels", UNSET)
        labels: list[str] | Unset = UNSET
        if _labels is not UNSET:
            if not isinstance(_labels, list):
                raise TypeError(f"BulkExperimentFilters.labels: expected list, got {type(_labels).__name__}")
            for labels_item_data in _labels:
                if type(labels_item_data) is not str:
                    raise TypeError(
                        f"BulkExperimentFilters.labels item: expected str, got {type(labels_item_data).__name__}"
                    )
            labels = _labels

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise TypeError(f"BulkExperimentFilters.name: expected str, got {type(name).__name__}")

        project_id = d.pop("projectId", UNSET)
        if type(project_id) is not int and project_id is not UNSET:
            raise TypeError(f"BulkExperimentFilters.projectId: expected int, got {type(project_id).__name__}")

        _states = d.pop("states", UNSET)
        states: list[ExperimentState] | Unset = UNSET
        if _states is not UNSET:
            if not isinstance(_states, list):
                raise TypeError(f"BulkExperimentFilters.states: expected list, got {type(_states).__name__}")
            states = []
            for states_item_data in _states:
                if type(states_item_data) is not str:
                    raise TypeError(
                        f"BulkExperimentFilters.states item: expected str, got {type(states_item_data).__name__}"
                    )
                states_item = check_experiment_state(states_item_data)

                states.append(states_item)

        _user_ids = d.pop("userIds", UNSET)
        user_ids: list[int] | Unset = UNSET
        if _user_ids is not UNSET:
            if not isinstance(_user_ids, list):
                raise TypeError(f"BulkExperimentFilters.userIds: expected list, got {type(_user_ids).__name__}")
            for user_ids_item_data in _user_ids:
                if type(user_ids_item_data) is not int:
                    raise TypeError(
                        f"BulkExperimentFilters.userIds item: expected int, got {type(user_ids_item_data).__name__}"
                    )
            user_ids = _user_ids

        bulk_experiment_filters = cls(
            archived,
            description,
            excluded_experiment_ids,
            labels,
            name,
            project_id,
            states,
            user_ids,
        )

        bulk_experiment_filters.additional_properties = d if d else {}
        return bulk_experiment_filters

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
