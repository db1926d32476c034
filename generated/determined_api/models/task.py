from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generic_task_state import GenericTaskState, check_generic_task_state
from ..models.task_type import TaskType, check_task_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """Something the master runs on the cluster: a trial, command, notebook, shell, TensorBoard, checkpoint GC or generic
    task.

        Attributes:
            allocations (list[Allocation]): One allocation per time the task was scheduled.
            start_time (datetime.datetime | None): When it was created.
            task_id (str): The task's id.
            task_type (TaskType): What kind of task it is.
            config (str | Unset): Its configuration, as JSON text (generic tasks).
            end_time (datetime.datetime | Unset): When it ended; absent while it runs.
            forked_from (str | Unset): The task it was forked from (generic tasks).
            no_pause (bool | Unset): True when it cannot be paused (generic tasks).
            parent_id (str | Unset): The task it was started from (generic tasks).
            task_state (GenericTaskState | Unset):
    """

    allocations: list[Allocation]
    start_time: datetime.datetime | None
    task_id: str
    task_type: TaskType
    config: str | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    forked_from: str | Unset = UNSET
    no_pause: bool | Unset = UNSET
    parent_id: str | Unset = UNSET
    task_state: GenericTaskState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocations = []
        for allocations_item_data in self.allocations:
            allocations_item = allocations_item_data.to_dict()
            allocations.append(allocations_item)

        start_time: None | str
        if isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        task_id = self.task_id

        task_type: str = self.task_type

        config = self.config

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        forked_from = self.forked_from

        no_pause = self.no_pause

        parent_id = self.parent_id

        task_state: str | Unset = UNSET
        if not isinstance(self.task_state, Unset):
            task_state = self.task_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allocations": allocations,
                "startTime": start_time,
                "taskId": task_id,
                "taskType": task_type,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if forked_from is not UNSET:
            field_dict["forkedFrom"] = forked_from
        if no_pause is not UNSET:
            field_dict["noPause"] = no_pause
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if task_state is not UNSET:
            field_dict["taskState"] = task_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _allocations = d.pop("allocations")
        if not isinstance(_allocations, list):
            raise TypeError(f"Task.allocations: expected list, got {type(_allocations).__name__}")
        allocations = []
        for allocations_item_data in _allocations:
            if not isinstance(allocations_item_data, dict):
                raise TypeError(f"Task.allocations item: expected object, got {type(allocations_item_data).__name__}")
            allocations_item = Allocation.from_dict(allocations_item_data)

            allocations.append(allocations_item)

        _start_time = d.pop("startTime")
        start_time: datetime.datetime | None
        if _start_time is None:
            start_time = _start_time
        else:
            if type(_start_time) is not str:
                raise TypeError(f"Task.startTime: expected str (date-time), got {type(_start_time).__name__}")
            start_time_type_0 = datetime.datetime.fromisoformat(_start_time)

            start_time = start_time_type_0

        task_id = d.pop("taskId")
        if type(task_id) is not str:
            raise TypeError(f"Task.taskId: expected str, got {type(task_id).__name__}")

        _task_type = d.pop("taskType")
        if type(_task_type) is not str:
            raise TypeError(f"Task.taskType: expected str, got {type(_task_type).__name__}")
        task_type = check_task_type(_task_type)

        config = d.pop("config", UNSET)
        if type(config) is not str and config is not UNSET:
            raise TypeError(f"Task.config: expected str, got {type(config).__name__}")

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            if type(_end_time) is not str:
                raise TypeError(f"Task.endTime: expected str (date-time), got {type(_end_time).__name__}")
            end_time = datetime.datetime.fromisoformat(_end_time)

        forked_from = d.pop("forkedFrom", UNSET)
        if type(forked_from) is not str and forked_from is not UNSET:
            raise TypeError(f"Task.forkedFrom: expected str, got {type(forked_from).__name__}")

        no_pause = d.pop("noPause", UNSET)
        if type(no_pause) is not bool and no_pause is not UNSET:
            raise TypeError(f"Task.noPause: expected bool, got {type(no_pause).__name__}")

        parent_id = d.pop("parentId", UNSET)
        if type(parent_id) is not str and parent_id is not UNSET:
            raise TypeError(f"Task.parentId: expected str, got {type(parent_id).__name__}")

        _task_state = d.pop("taskState", UNSET)
        task_state: GenericTaskState | Unset
        if _task_state is UNSET:
            task_state = UNSET
        else:
            if type(_task_state) is not str:
                raise TypeError(f"Task.taskState: expected str, got {type(_task_state).__name__}")
            task_state = check_generic_task_state(_task_state)

        task = cls(
            allocations,
            start_time,
            task_id,
            task_type,
            config,
            end_time,
            forked_from,
            no_pause,
            parent_id,
            task_state,
        )

        task.additional_properties = d if d else {}
        return task

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
from ..models.allocation import Allocation  # noqa: E402
