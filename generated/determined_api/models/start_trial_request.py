from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartTrialRequest")


@_attrs_define
class StartTrialRequest:
    """
    Attributes:
        trial_id (int):
        resume (bool | Unset):
    """

    trial_id: int
    resume: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trial_id = self.trial_id

        resume = self.resume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trialId": trial_id,
            }
        )
        if resume is not UNSET:
            field_dict["resume"] = resume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trial_id = d.pop("trialId")
        if type(trial_id) is not int:
            raise TypeError(f"StartTrialRequest.trialId: expected int, got {type(trial_id).__name__}")

        resume = d.pop("resume", UNSET)
        if type(resume) is not bool and resume is not UNSET:
            raise TypeError(f"StartTrialRequest.resume: expected bool, got {type(resume).__name__}")

        start_trial_request = cls(
            trial_id,
            resume,
        )

        start_trial_request.additional_properties = d if d else {}
        return start_trial_request

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
