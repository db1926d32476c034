from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_level import LogLevel, check_log_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskLog")


@_attrs_define
class TaskLog:
    """
    Attributes:
        log (str):
        task_id (str):
        agent_id (str | Unset):
        allocation_id (str | Unset):
        container_id (str | Unset):
        id (int | Unset):
        level (LogLevel | Unset): The severity of a log line, from `LOG_LEVEL_TRACE` up to `LOG_LEVEL_CRITICAL`.
        rank_id (int | Unset):
        source (str | Unset):
        stdtype (str | Unset):
        timestamp (datetime.datetime | Unset):
    """

    log: str
    task_id: str
    agent_id: str | Unset = UNSET
    allocation_id: str | Unset = UNSET
    container_id: str | Unset = UNSET
    id: int | Unset = UNSET
    level: LogLevel | Unset = UNSET
    rank_id: int | Unset = UNSET
    source: str | Unset = UNSET
    stdtype: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log = self.log

        task_id = self.task_id

        agent_id = self.agent_id

        allocation_id = self.allocation_id

        container_id = self.container_id

        id = self.id

        level: str | Unset = UNSET
        if not isinstance(self.level, Unset):
            level = self.level

        rank_id = self.rank_id

        source = self.source

        stdtype = self.stdtype

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "log": log,
                "taskId": task_id,
            }
        )
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if allocation_id is not UNSET:
            field_dict["allocationId"] = allocation_id
        if container_id is not UNSET:
            field_dict["containerId"] = container_id
        if id is not UNSET:
            field_dict["id"] = id
        if level is not UNSET:
            field_dict["level"] = level
        if rank_id is not UNSET:
            field_dict["rankId"] = rank_id
        if source is not UNSET:
            field_dict["source"] = source
        if stdtype is not UNSET:
            field_dict["stdtype"] = stdtype
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        log = d.pop("log")
        if type(log) is not str:
            raise TypeError(f"TaskLog.log: expected str, got {type(log).__name__}")

        task_id = d.pop("taskId")
        if type(task_id) is not str:
            raise TypeError(f"TaskLog.taskId: expected str, got {type(task_id).__name__}")

        agent_id = d.pop("agentId", UNSET)
        if type(agent_id) is not str and agent_id is not UNSET:
            raise TypeError(f"TaskLog.agentId: expected str, got {type(agent_id).__name__}")

        allocation_id = d.pop("allocationId", UNSET)
        if type(allocation_id) is not str and allocation_id is not UNSET:
            raise TypeError(f"TaskLog.allocationId: expected str, got {type(allocation_id).__name__}")

        container_id = d.pop("containerId", UNSET)
        if type(container_id) is not str and container_id is not UNSET:
            raise TypeError(f"TaskLog.containerId: expected str, got {type(container_id).__name__}")

        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            raise TypeError(f"TaskLog.id: expected int, got {type(id).__name__}")

        _level = d.pop("level", UNSET)
        level: LogLevel | Unset
        if _level is UNSET:
            level = UNSET
        else:
            if type(_level) is not str:
                raise TypeError(f"TaskLog.level: expected str, got {type(_level).__name__}")
            level = check_log_level(_level)

        rank_id = d.pop("rankId", UNSET)
        if type(rank_id) is not int and rank_id is not UNSET:
            raise TypeError(f"TaskLog.rankId: expected int, got {type(rank_id).__name__}")

        source = d.pop("source", UNSET)
        if type(source) is not str and source is not UNSET:
            raise TypeError(f"TaskLog.source: expected str, got {type(source).__name__}")

        stdtype = d.pop("stdtype", UNSET)
        if type(stdtype) is not str and stdtype is not UNSET:
            raise TypeError(f"TaskLog.stdtype: expected str, got {type(stdtype).__name__}")

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if _timestamp is UNSET:
            timestamp = UNSET
        else:
            if type(_timestamp) is not str:
                raise TypeError(f"TaskLog.timestamp: expected str (date-time), got {type(_timestamp).__name__}")
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        task_log = cls(
            log,
            task_id,
            agent_id,
            allocation_id,
            container_id,
            id,
            level,
            rank_id,
            source,
            stdtype,
            timestamp,
        )

        task_log.additional_properties = d if d else {}
        return task_log

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
