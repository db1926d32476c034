from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_state import TaskState, check_task_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="Tensorboard")


@_attrs_define
class Tensorboard:
    """
    Attributes:
        description (str):
        id (str):
        job_id (str):
        resource_pool (str):
        start_time (datetime.datetime | None):
        state (TaskState): Where an allocation is, from `STATE_QUEUED` to `STATE_TERMINATED`.
        username (str):
        workspace_id (int):
        container (Container | None | Unset):
        display_name (str | Unset):
        exit_status (str | Unset):
        experiment_ids (list[int] | Unset):
        service_address (str | Unset):
        trial_ids (list[int] | Unset):
        user_id (int | Unset):
    """

    description: str
    id: str
    job_id: str
    resource_pool: str
    start_time: datetime.datetime | None
    state: TaskState
    username: str
    workspace_id: int
    container: Container | None | Unset = UNSET
    display_name: str | Unset = UNSET
    exit_status: str | Unset = UNSET
    experiment_ids: list[int] | Unset = UNSET
    service_address: str | Unset = UNSET
    trial_ids: list[int] | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        job_id = self.job_id

        resource_pool = self.resource_pool

        start_time: None | str
        if isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        state: str = self.state

        username = self.username

        workspace_id = self.workspace_id

        container: dict[str, Any] | None | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        elif isinstance(self.container, Container):
            container = self.container.to_dict()
        else:
            container = self.container

        display_name = self.display_name

        exit_status = self.exit_status

        experiment_ids: list[int] | Unset = UNSET
        if not isinstance(self.experiment_ids, Unset):
            experiment_ids = self.experiment_ids

        service_address = self.service_address

        trial_ids: list[int] | Unset = UNSET
        if not isinstance(self.trial_ids, Unset):
            trial_ids = self.trial_ids

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "jobId": job_id,
                "resourcePool": resource_pool,
                "startTime": start_time,
                "state": state,
                "username": username,
                "workspaceId": workspace_id,
            }
        )
        if container is not UNSET:
            field_dict["container"] = container
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if exit_status is not UNSET:
            field_dict["exitStatus"] = exit_status
        if experiment_ids is not UNSET:
            field_dict["experimentIds"] = experiment_ids
        if service_address is not UNSET:
            field_dict["serviceAddress"] = service_address
        if trial_ids is not UNSET:
            field_dict["trialIds"] = trial_ids
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")
        if type(description) is not str:
            raise TypeError(f"Tensorboard.description: expected str, got {type(description).__name__}")

        id = d.pop("id")
        if type(id) is not str:
            raise TypeError(f"Tensorboard.id: expected str, got {type(id).__name__}")

        job_id = d.pop("jobId")
        if type(job_id) is not str:
            raise TypeError(f"Tensorboard.jobId: expected str, got {type(job_id).__name__}")

        resource_pool = d.pop("resourcePool")
        if type(resource_pool) is not str:
            raise TypeError(f"Tensorboard.resourcePool: expected str, got {type(resource_pool).__name__}")

        _start_time = d.pop("startTime")
        start_time: datetime.datetime | None
        if _start_time is None:
            start_time = _start_time
        else:
            if type(_start_time) is not str:
                raise TypeError(f"Tensorboard.startTime: expected str (date-time), got {type(_start_time).__name__}")
            start_time_type_0 = datetime.datetime.fromisoformat(_start_time)

            start_time = start_time_type_0

        _state = d.pop("state")
        if type(_state) is not str:
            raise TypeError(f"Tensorboard.state: expected str, got {type(_state).__name__}")
        state = check_task_state(_state)

        username = d.pop("username")
        if type(username) is not str:
            raise TypeError(f"Tensorboard.username: expected str, got {type(username).__name__}")

        workspace_id = d.pop("workspaceId")
        if type(workspace_id) is not int:
            raise TypeError(f"Tensorboard.workspaceId: expected int, got {type(workspace_id).__name__}")

        _container = d.pop("container", UNSET)
        container: Container | None | Unset
        if _container is None or _container is UNSET:
            container = _container
        else:
            if not isinstance(_container, dict):
                raise TypeError(f"Tensorboard.container: expected object, got {type(_container).__name__}")
            container_type_0 = Container.from_dict(_container)

            container = container_type_0

        display_name = d.pop("displayName", UNSET)
        if type(display_name) is not str and display_name is not UNSET:
            raise TypeError(f"Tensorboard.displayName: expected str, got {type(display_name).__name__}")

        exit_status = d.pop("exitStatus", UNSET)
        if type(exit_status) is not str and exit_status is not UNSET:
            raise TypeError(f"Tensorboard.exitStatus: expected str, got {type(exit_status).__name__}")

        _experiment_ids = d.pop("experimentIds", UNSET)
        experiment_ids: list[int] | Unset = UNSET
        if _experiment_ids is not UNSET:
            if not isinstance(_experiment_ids, list):
                raise TypeError(f"Tensorboard.experimentIds: expected list, got {type(_experiment_ids).__name__}")
            for experiment_ids_item_data in _experiment_ids:
                if type(experiment_ids_item_data) is not int:
                    raise TypeError(
                        f"Tensorboard.experimentIds item: expected int, got {type(experiment_ids_item_data).__name__}"
                    )
            experiment_ids = _experiment_ids

        service_address = d.pop("serviceAddress", UNSET)
        if type(service_address) is not str and service_address is not UNSET:
            raise TypeError(f"Tensorboard.serviceAddress: expected str, got {type(service_address).__name__}")

        _trial_ids = d.pop("trialIds", UNSET)
        trial_ids: list[int] | Unset = UNSET
        if _trial_ids is not UNSET:
            if not isinstance(_trial_ids, list):
                raise TypeError(f"Tensorboard.trialIds: expected list, got {type(_trial_ids).__name__}")
            for trial_ids_item_data in _trial_ids:
                if type(trial_ids_item_data) is not int:
                    raise TypeError(
                        f"Tensorboard.trialIds item: expected int, got {type(trial_ids_item_data).__name__}"
                    )
            trial_ids = _trial_ids

        user_id = d.pop("userId", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            raise TypeError(f"Tensorboard.userId: expected int, got {type(user_id).__name__}")

        tensorboard = cls(
            description,
            id,
            job_id,
            resource_pool,
            start_time,
            state,
            username,
            workspace_id,
            container,
            display_name,
            exit_status,
            experiment_ids,
            service_address,
            trial_ids,
            user_id,
        )

        tensorboard.additional_properties = d if d else {}
        return tensorboard

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
from ..models.container import Container  # noqa: E402
