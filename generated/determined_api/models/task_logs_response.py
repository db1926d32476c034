from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_level import LogLevel, check_log_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskLogsResponse")


@_attrs_define
class TaskLogsResponse:
    """One log line of a task.

    Attributes:
        id (str): The line's id, to tell lines apart.
        level (LogLevel): The severity of a log line, from `LOG_LEVEL_TRACE` up to `LOG_LEVEL_CRITICAL`.
        log (str): The whole line as older Web UIs printed it, prefixes included; prefer `message`.
        message (str): The text the task wrote, without prefixes.
        task_id (str):
        timestamp (datetime.datetime | None):
        agent_id (str | Unset):
        allocation_id (str | Unset):
        container_id (str | Unset):
        rank_id (int | Unset): The rank of the process that wrote it, in distributed training.
        source (str | Unset):
        stdtype (str | Unset): The output stream it came from, e.g. `stdout`.
    """

    id: str
    level: LogLevel
    log: str
    message: str
    task_id: str
    timestamp: datetime.datetime | None
    agent_id: str | Unset = UNSET
    allocation_id: str | Unset = UNSET
    container_id: str | Unset = UNSET
    rank_id: int | Unset = UNSET
    source: str | Unset = UNSET
    stdtype: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        level: str = self.level

        log = self.log

        message = self.message

        task_id = self.task_id

        timestamp: None | str
        if isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        agent_id = self.agent_id

        allocation_id = self.allocation_id

        container_id = self.container_id

        rank_id = self.rank_id

        source = self.source

        stdtype = self.stdtype

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "level": level,
                "log": log,
                "message": message,
                "taskId": task_id,
                "timestamp": timestamp,
            }
        )
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if allocation_id is not UNSET:
            field_dict["allocationId"] = allocation_id
        if container_id is not UNSET:
            field_dict["containerId"] = container_id
        if rank_id is not UNSET:
            field_dict["rankId"] = rank_id
        if source is not UNSET:
            field_dict["source"] = source
        if stdtype is not UNSET:
            field_dict["stdtype"] = stdtype

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not str:
            raise TypeError(f"TaskLogsResponse.id: expected str, got {type(id).__name__}")

        _level = d.pop("level")
        if type(_level) is not str:
            raise TypeError(f"TaskLogsResponse.level: expected str, got {type(_level).__name__}")
        level = check_log_level(_level)

        log = d.pop("log")
        if type(log) is not str:
            raise TypeError(f"TaskLogsResponse.log: expected str, got {type(log).__name__}")

        message = d.pop("message")
        if type(message) is not str:
            raise TypeError(f"TaskLogsResponse.message: expected str, got {type(message).__name__}")

        task_id = d.pop("taskId")
        if type(task_id) is not str:
            raise TypeError(f"TaskLogsResponse.taskId: expected str, got {type(task_id).__name__}")

        _timestamp = d.pop("timestamp")
        timestamp: datetime.datetime | None
        if _timestamp is None:
            timestamp = _timestamp
        else:
            if type(_timestamp) is not str:
                raise TypeError(
                    f"TaskLogsResponse.timestamp: expected str (date-time), got {type(_timestamp).__name__}"
                )
            timestamp_type_0 = datetime.datetime.fromisoformat(_timestamp)

            timestamp = timestamp_type_0

        agent_id = d.pop("agentId", UNSET)
        if type(agent_id) is not str and agent_id is not UNSET:
            raise TypeError(f"TaskLogsResponse.agentId: expected str, got {type(agent_id).__name__}")

        allocation_id = d.pop("allocationId", UNSET)
        if type(allocation_id) is not str and allocation_id is not UNSET:
            raise TypeError(f"TaskLogsResponse.allocationId: expected str, got {type(allocation_id).__name__}")

        container_id = d.pop("containerId", UNSET)
        if type(container_id) is not str and container_id is not UNSET:
            raise TypeError(f"TaskLogsResponse.containerId: expected str, got {type(container_id).__name__}")

        rank_id = d.pop("rankId", UNSET)
        if type(rank_id) is not int and rank_id is not UNSET:
            raise TypeError(f"TaskLogsResponse.rankId: expected int, got {type(rank_id).__name__}")

        source = d.pop("source", UNSET)
        if type(source) is not str and source is not UNSET:
            raise TypeError(f"TaskLogsResponse.source: expected str, got {type(source).__name__}")

        stdtype = d.pop("stdtype", UNSET)
        if type(stdtype) is not str and stdtype is not UNSET:
            raise TypeError(f"TaskLogsResponse.stdtype: expected str, got {type(stdtype).__name__}")

        task_logs_response = cls(
            id,
            level,
            log,
            message,
            task_id,
            timestamp,
            agent_id,
            allocation_id,
            container_id,
            rank_id,
            source,
            stdtype,
        )

        task_logs_response.additional_properties = d if d else {}
        return task_logs_response

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
