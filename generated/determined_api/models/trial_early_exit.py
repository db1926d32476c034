from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trial_early_exit_exited_reason import TrialEarlyExitExitedReason, check_trial_early_exit_exited_reason

T = TypeVar("T", bound="TrialEarlyExit")


@_attrs_define
class TrialEarlyExit:
    """
    Attributes:
        reason (TrialEarlyExitExitedReason):
    """

    reason: TrialEarlyExitExitedReason
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason: str = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _reason = d.pop("reason")
        if type(_reason) is not str:
            raise TypeError(f"TrialEarlyExit.reason: expected str, got {type(_reason).__name__}")
        reason = check_trial_early_exit_exited_reason(_reason)

        trial_early_exit = cls(
            reason,
        )

        trial_early_exit.additional_properties = d if d else {}
        return trial_early_exit

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
