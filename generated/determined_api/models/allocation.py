from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_state import TaskState, check_task_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="Allocation")


@_attrs_define
class Allocation:
    """One scheduling of a task: the slots it held from start to end.

    Attributes:
        allocation_id (str): The allocation's id (`<taskId>.<n>`).
        slots (int): How many slots it holds.
        state (TaskState): Where an allocation is, from `STATE_QUEUED` to `STATE_TERMINATED`.
        task_id (str): The task it belongs to.
        end_time (str | Unset): When it ended, once it has.
        exit_reason (str | Unset): Why it ended, when it has.
        is_ready (bool | Unset): Whether its service reported ready (allocationReady).
        start_time (str | Unset): When it started.
        status_code (int | Unset): The exit status of its main process, when it has ended.
    """

    allocation_id: str
    slots: int
    state: TaskState
    task_id: str
    end_time: str | Unset = UNSET
    exit_reason: str | Unset = UNSET
    is_ready: bool | Unset = UNSET
    start_time: str | Unset = UNSET
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocation_id = self.allocation_id

        slots = self.slots

        state: str = self.state

        task_id = self.task_id

        end_time = self.end_time

        exit_reason = self.exit_reason

        is_ready = self.is_ready

        start_time = self.start_time

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allocationId": allocation_id,
                "slots": slots,
                "state": state,
                "taskId": task_id,
            }
        )
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if exit_reason is not UNSET:
            field_dict["exitReason"] = exit_reason
        if is_ready is not UNSET:
            field_dict["isReady"] = is_ready
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allocation_id = d.pop("allocationId")
        if type(allocation_id) is not str:
            raise TypeError(f"Allocation.allocationId: expected str, got {type(allocation_id).__name__}")

        slots = d.pop("slots")
        if type(slots) is not int:
            raise TypeError(f"Allocation.slots: expected int, got {type(slots).__name__}")

        _state = d.pop("state")
        if type(_state) is not str:
            raise TypeError(f"Allocation.state: expected str, got {type(_state).__name__}")
        state = check_task_state(_state)

        task_id = d.pop("taskId")
        if type(task_id) is not str:
            raise TypeError(f"Allocation.taskId: expected str, got {type(task_id).__name__}")

        end_time = d.pop("endTime", UNSET)
        if type(end_time) is not str and end_time is not UNSET:
            raise TypeError(f"Allocation.endTime: expected str, got {type(end_time).__name__}")

        exit_reason = d.pop("exitReason", UNSET)
        if type(exit_reason) is not str and exit_reason is not UNSET:
            raise TypeError(f"Allocation.exitReason: expected str, got {type(exit_reason).__name__}")

        is_ready = d.pop("isReady", UNSET)
        if type(is_ready) is not bool and is_ready is not UNSET:
            raise TypeError(f"Allocation.isReady: expected bool, got {type(is_ready).__name__}")

        start_time = d.pop("startTime", UNSET)
        if type(start_time) is not str and start_time is not UNSET:
            raise TypeError(f"Allocation.startTime: expected str, got {type(start_time).__name__}")

        status_code = d.pop("statusCode", UNSET)
        if type(status_code) is not int and status_code is not UNSET:
            raise TypeError(f"Allocation.statusCode: expected int, got {type(status_code).__name__}")

        allocation = cls(
            allocation_id,
            slots,
            state,
            task_id,
            end_time,
            exit_reason,
            is_ready,
            start_time,
            status_code,
        )

        allocation.additional_properties = d if d else {}
        return allocation

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
