from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTelemetryResponse")


@_attrs_define
class GetTelemetryResponse:
    """
    Attributes:
        enabled (bool):
        segment_key (str | Unset):
    """

    enabled: bool
    segment_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        segment_key = self.segment_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if segment_key is not UNSET:
            field_dict["segmentKey"] = segment_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")
        if type(enabled) is not bool:
            raise TypeError(f"GetTelemetryResponse.enabled: expected bool, got {type(enabled).__name__}")

        segment_key = d.pop("segmentKey", UNSET)
        if type(segment_key) is not str and segment_key is not UNSET:
            raise TypeError(f"GetTelemetryResponse.segmentKey: expected str, got {type(segment_key).__name__}")

        get_telemetry_response = cls(
            enabled,
            segment_key,
        )

        get_telemetry_response.additional_properties = d if d else {}
        return get_telemetry_response

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
