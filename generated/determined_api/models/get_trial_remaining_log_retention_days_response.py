from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTrialRemainingLogRetentionDaysResponse")


@_attrs_define
class GetTrialRemainingLogRetentionDaysResponse:
    """
    Attributes:
        remaining_days (int | Unset):
    """

    remaining_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remaining_days = self.remaining_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remaining_days is not UNSET:
            field_dict["remainingDays"] = remaining_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        remaining_days = d.pop("remainingDays", UNSET)
        if type(remaining_days) is not int and remaining_days is not UNSET:
            raise TypeError(
                f"GetTrialRemainingLogRetentionDaysResponse.remainingDays: expected int, got {type(remaining_days).__name__}"
            )

        get_trial_remaining_log_retention_days_response = cls(
            remaining_days,
        )

        get_trial_remaining_log_retention_days_response.additional_properties = d if d else {}
        return get_trial_remaining_log_retention_days_response

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
