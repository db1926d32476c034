from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PutTrialRetainLogsRequest")


@_attrs_define
class PutTrialRetainLogsRequest:
    """
    Attributes:
        num_days (int): Days to keep the logs after the trial ends; -1 keeps them forever.
        trial_id (int | Unset):
    """

    num_days: int
    trial_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_days = self.num_days

        trial_id = self.trial_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numDays": num_days,
            }
        )
        if trial_id is not UNSET:
            field_dict["trialId"] = trial_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        num_days = d.pop("numDays")
        if type(num_days) is not int:
            raise TypeError(f"PutTrialRetainLogsRequest.numDays: expected int, got {type(num_days).__name__}")

        trial_id = d.pop("trialId", UNSET)
        if type(trial_id) is not int and trial_id is not UNSET:
            raise TypeError(f"PutTrialRetainLogsRequest.trialId: expected int, got {type(trial_id).__name__}")

        put_trial_retain_logs_request = cls(
            num_days,
            trial_id,
        )

        put_trial_retain_logs_request.additional_properties = d if d else {}
        return put_trial_retain_logs_request

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
