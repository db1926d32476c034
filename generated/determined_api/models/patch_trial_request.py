from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trial_state import TrialState, check_trial_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchTrialRequest")


@_attrs_define
class PatchTrialRequest:
    """
    Attributes:
        trial_id (int):
        state (TrialState | Unset): Where a trial is in its life: `STATE_QUEUED`, `STATE_PULLING`, `STATE_STARTING`,
            `STATE_RUNNING` or `STATE_ACTIVE` while it works, `STATE_PAUSED`, `STATE_STOPPING_*` while it exits, then
            `STATE_COMPLETED`, `STATE_CANCELED` or `STATE_ERROR`.
    """

    trial_id: int
    state: TrialState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trial_id = self.trial_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trialId": trial_id,
            }
        )
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trial_id = d.pop("trialId")
        if type(trial_id) is not int:
            raise TypeError(f"PatchTrialRequest.trialId: expected int, got {type(trial_id).__name__}")

        _state = d.pop("state", UNSET)
        state: TrialState | Unset
        if _state is UNSET:
            state = UNSET
        else:
            if type(_state) is not str:
                raise TypeError(f"PatchTrialRequest.state: expected str, got {type(_state).__name__}")
            state = check_trial_state(_state)

        patch_trial_request = cls(
            trial_id,
            state,
        )

        patch_trial_request.additional_properties = d if d else {}
        return patch_trial_request

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
