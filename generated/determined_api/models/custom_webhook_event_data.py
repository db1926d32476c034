from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_level import LogLevel, check_log_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomWebhookEventData")


@_attrs_define
class CustomWebhookEventData:
    """
    Attributes:
        description (str | Unset):
        level (LogLevel | Unset): The severity of a log line, from `LOG_LEVEL_TRACE` up to `LOG_LEVEL_CRITICAL`.
        title (str | Unset):
    """

    description: str | Unset = UNSET
    level: LogLevel | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        level: str | Unset = UNSET
        if not isinstance(self.level, Unset):
            level = self.level

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if level is not UNSET:
            field_dict["level"] = level
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise TypeError(f"CustomWebhookEventData.description: expected str, got {type(description).__name__}")

        _level = d.pop("level", UNSET)
        level: LogLevel | Unset
        if _level is UNSET:
            level = UNSET
        else:
            if type(_level) is not str:
                raise TypeError(f"CustomWebhookEventData.level: expected str, got {type(_level).__name__}")
            level = check_log_level(_level)

        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            raise TypeError(f"CustomWebhookEventData.title: expected str, got {type(title).__name__}")

        custom_webhook_event_data = cls(
            description,
            level,
            title,
        )

        custom_webhook_event_data.additional_properties = d if d else {}
        return custom_webhook_event_data

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
