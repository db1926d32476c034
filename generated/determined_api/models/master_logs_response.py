from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MasterLogsResponse")


@_attrs_define
class MasterLogsResponse:
    """
    Attributes:
        log_entry (LogEntry | None):
    """

    log_entry: LogEntry | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_entry: dict[str, Any] | None
        if isinstance(self.log_entry, LogEntry):
            log_entry = self.log_entry.to_dict()
        else:
            log_entry = self.log_entry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logEntry": log_entry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _log_entry = d.pop("logEntry")
        log_entry: LogEntry | None
        if _log_entry is None:
            log_entry = _log_entry
        else:
            if not isinstance(_log_entry, dict):
                raise TypeError(f"MasterLogsResponse.logEntry: expected object, got {type(_log_entry).__name__}")
            log_entry_type_0 = LogEntry.from_dict(_log_entry)

            log_entry = log_entry_type_0

        master_logs_response = cls(
            log_entry,
        )

        master_logs_response.additional_properties = d if d else {}
        return master_logs_response

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
from ..models.log_entry import LogEntry  # noqa: E402
