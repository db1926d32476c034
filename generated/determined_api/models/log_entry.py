from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_level import LogLevel, check_log_level

T = TypeVar("T", bound="LogEntry")


@_attrs_define
class LogEntry:
    """One line of the master's own log.

    Attributes:
        id (int):
        level (LogLevel): The severity of a log line, from `LOG_LEVEL_TRACE` up to `LOG_LEVEL_CRITICAL`.
        message (str):
        timestamp (datetime.datetime | None):
    """

    id: int
    level: LogLevel
    message: str
    timestamp: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        level: str = self.level

        message = self.message

        timestamp: None | str
        if isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "level": level,
                "message": message,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError(f"LogEntry.id: expected int, got {type(id).__name__}")

        _level = d.pop("level")
        if type(_level) is not str:
            raise TypeError(f"LogEntry.level: expected str, got {type(_level).__name__}")
        level = check_log_level(_level)

        message = d.pop("message")
        if type(message) is not str:
            raise TypeError(f"LogEntry.message: expected str, got {type(message).__name__}")

        _timestamp = d.pop("timestamp")
        timestamp: datetime.datetime | None
        if _timestamp is None:
            timestamp = _timestamp
        else:
            if type(_timestamp) is not str:
                raise TypeError(f"LogEntry.timestamp: expected str (date-time), got {type(_timestamp).__name__}")
            timestamp_type_0 = datetime.datetime.fromisoformat(_timestamp)

            timestamp = timestamp_type_0

        log_entry = cls(
            id,
            level,
            message,
            timestamp,
        )

        log_entry.additional_properties = d if d else {}
        return log_entry

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
