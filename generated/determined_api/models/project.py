from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_state import WorkspaceState, check_workspace_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A group of experiments inside a workspace.

    Attributes:
        archived (bool): Archived projects are hidden from the default lists and take no new experiments.
        error_message (str): Why deleting it failed; empty otherwise.
        id (int): The project's id.
        immutable (bool): True for the built-in `Uncategorized` project, which cannot change.
        key (str): A short unique key that also finds the project (getProjectByKey).
        name (str): The project's name; unique in its workspace.
        notes (list[Note]): Its named Markdown notes.
        num_active_experiments (int): How many of them are active.
        num_experiments (int): How many experiments it holds.
        num_runs (int): How many runs (trials) its experiments have.
        state (WorkspaceState): `WORKSPACE_STATE_UNSPECIFIED` for a usable workspace or project; the others follow a
            deletion: `..._DELETING`, `..._DELETE_FAILED`, `..._DELETED`.
        user_id (int): The id of its owner.
        username (str): The username of its owner.
        workspace_id (int): The workspace it belongs to.
        description (str | Unset): Free text about the project.
        last_experiment_started_at (datetime.datetime | None | Unset): When its latest experiment started; null when it
            has none.
        workspace_name (str | Unset): The name of its workspace.
    """

    archived: bool
    error_message: str
    id: int
    immutable: bool
    key: str
    name: str
    notes: list[Note]
    num_active_experiments: int
    num_experiments: int
    num_runs: int
    state: WorkspaceState
    user_id: int
    username: str
    workspace_id: int
    description: str | Unset = UNSET
    last_experiment_started_at: datetime.datetime | None | Unset = UNSET
    workspace_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived = self.archived

        error_message = self.error_message

        id = self.id

        immutable = self.immutable

        key = self.key

        name = self.name

        notes = []
        for notes_item_data in self.notes:
            notes_item = notes_item_data.to_dict()
            notes.append(notes_item)

        num_active_experiments = self.num_active_experiments

        num_experiments = self.num_experiments

        num_runs = self.num_runs

        state: str = self.state

        user_id = self.user_id

        username = self.username

        workspace_id = self.workspace_id

        description = self.description

        last_experiment_started_at: None | str | Unset
        if isinstance(self.last_experiment_started_at, Unset):
            last_experiment_started_at = UNSET
        elif isinstance(self.last_experiment_started_at, datetime.datetime):
            last_experiment_started_at = self.last_experiment_started_at.isoformat()
        else:
            last_experiment_started_at = self.last_experiment_started_at

        workspace_name = self.workspace_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "archived": archived,
                "errorMessage": error_message,
                "id": id,
                "immutable": immutable,
                "key": key,
                "name": name,
                "notes": notes,
                "numActiveExperiments": num_active_experiments,
                "numExperiments": num_experiments,
                "numRuns": num_runs,
                "state": state,
                "userId": user_id,
                "username": username,
                "workspaceId": workspace_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if last_experiment_started_at is not UNSET:
            field_dict["lastExperimentStartedAt"] = last_experiment_started_at
        if workspace_name is not UNSET:
            field_dict["workspaceName"] = workspace_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        archived = d.pop("archived")
        if type(archived) is not bool:
            raise TypeError(f"Project.archived: expected bool, got {type(archived).__name__}")

        error_message = d.pop("errorMessage")
        if type(error_message) is not str:
            raise TypeError(f"Project.errorMessage: expected str, got {type(error_message).__name__}")

        id = d.pop("id")
        if type(id) is not int:
            raise TypeError(f"Project.id: expected int, got {type(id).__name__}")

        immutable = d.pop("immutable")
        if type(immutable) is not bool:
            raise TypeError(f"Project.immutable: expected bool, got {type(immutable).__name__}")

        key = d.pop("key")
        if type(key) is not str:
            raise TypeError(f"Project.key: expected str, got {type(key).__name__}")

        name = d.pop("name")
        if type(name) is not str:
            raise TypeError(f"Project.name: expected str, got {type(name).__name__}")

        _notes = d.pop("notes")
        if not isinstance(_notes, list):
            raise TypeError(f"Project.notes: expected list, got {type(_notes).__name__}")
        notes = []
        for notes_item_data in _notes:
            if not isinstance(notes_item_data, dict):
                raise TypeError(f"Project.notes item: expected object, got {type(notes_item_data).__name__}")
            notes_item = Note.from_dict(notes_item_data)

            notes.append(notes_item)

        num_active_experiments = d.pop("numActiveExperiments")
        if type(num_active_experiments) is not int:
            raise TypeError(f"Project.numActiveExperiments: expected int, got {type(num_active_experiments).__name__}")

        num_experiments = d.pop("numExperiments")
        if type(num_experiments) is not int:
            raise TypeError(f"Project.numExperiments: expected int, got {type(num_experiments).__name__}")

        num_runs = d.pop("numRuns")
        if type(num_runs) is not int:
            raise TypeError(f"Project.numRuns: expected int, got {type(num_runs).__name__}")

        _state = d.pop("state")
        if type(_state) is not str:
            raise TypeError(f"Project.state: expected str, got {type(_state).__name__}")
        state = check_workspace_state(_state)

        user_id = d.pop("userId")
        if type(user_id) is not int:
            raise TypeError(f"Project.userId: expected int, got {type(user_id).__name__}")

        username = d.pop("username")
        if type(username) is not str:
            raise TypeError(f"Project.username: expected str, got {type(username).__name__}")

        workspace_id = d.pop("workspaceId")
        if type(workspace_id) is not int:
            raise TypeError(f"Project.workspaceId: expected int, got {type(workspace_id).__name__}")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise TypeError(f"Project.description: expected str, got {type(description).__name__}")

        _last_experiment_started_at = d.pop("lastExperimentStartedAt", UNSET)
        last_experiment_started_at: datetime.datetime | None | Unset
        if _last_experiment_started_at is None or _last_experiment_started_at is UNSET:
            last_experiment_started_at = _last_experiment_started_at
        else:
            if type(_last_experiment_started_at) is not str:
                raise TypeError(
                    f"Project.lastExperimentStartedAt: expected str (date-time), got {type(_last_experiment_started_at).__name__}"
                )
            last_experiment_started_at_type_0 = datetime.datetime.fromisoformat(_last_experiment_started_at)

            last_experiment_started_at = last_experiment_started_at_type_0

        workspace_name = d.pop("workspaceName", UNSET)
        if type(workspace_name) is not str and workspace_name is not UNSET:
            raise TypeError(f"Project.workspaceName: expected str, got {type(workspace_name).__name__}")

        project = cls(
            archived,
            error_message,
            id,
            immutable,
            key,
            name,
            notes,
            num_active_experiments,
            num_experiments,
            num_runs,
            state,
            user_id,
            username,
            workspace_id,
            description,
            last_experiment_started_at,
            workspace_name,
        )

        project.additional_properties = d if d else {}
        return project

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
from ..models.note import Note  # noqa: E402
