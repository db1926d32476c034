from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Config")


@_attrs_define
class Config:
    """
    Attributes:
        log (LogConfig | None | Unset):
    """

    log: LogConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log: dict[str, Any] | None | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        elif isinstance(self.log, LogConfig):
            log = self.log.to_dict()
        else:
            log = self.log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log is not UNSET:
            field_dict["log"] = log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _log = d.pop("log", UNSET)
        log: LogConfig | None | Unset
        if _log is None or _log is UNSET:
            log = _log
        else:
            if not isinstance(_log, dict):
                raise TypeError(f"Config.log: expected object, got {type(_log).__name__}")
            log_type_0 = LogConfig.from_dict(_log)

            log = log_type_0

        config = cls(
            log,
        )

        config.additional_properties = d if d else {}
        return config

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
from ..models.log_config import LogConfig  # noqa: E402
