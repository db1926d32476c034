from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_level import LogLevel, check_log_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogConfig")


@_attrs_define
class LogConfig:
    """
    Attributes:
        color (bool | Unset):
        level (LogLevel | Unset): The severity of a log line, from `LOG_LEVEL_TRACE` up to `LOG_LEVEL_CRITICAL`.
    """

    color: bool | Unset = UNSET
    level: LogLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color = self.color

        level: str | Unset = UNSET
        if not isinstance(self.level, Unset):
            level = self.level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if color is not UNSET:
            field_dict["color"] = color
        if level is not UNSET:
            field_dict["level"] = level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        color = d.pop("color", UNSET)
        if type(color) is not bool and color is not UNSET:
            raise TypeError(f"LogConfig.color: expected bool, got {type(color).__name__}")

        _level = d.pop("level", UNSET)
        level: LogLevel | Unset
        if _level is UNSET:
            level = UNSET
        else:
            if type(_level) is not str:
                raise TypeError(f"LogConfig.level: expected str, got {type(_level).__name__}")
            level = check_log_level(_level)

        log_config = cls(
            color,
            level,
        )

        log_config.additional_properties = d if d else {}
        return log_config

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
