from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartTrialResponse")


@_attrs_define
class StartTrialResponse:
    """
    Attributes:
        steps_completed (int): Batches already trained, to resume the count from.
        trial_run_id (int): The run id to report metrics and checkpoints under.
        latest_checkpoint (str | Unset): The uuid of the checkpoint to resume from, if any.
    """

    steps_completed: int
    trial_run_id: int
    latest_checkpoint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        steps_completed = self.steps_completed

        trial_run_id = self.trial_run_id

        latest_checkpoint = self.latest_checkpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stepsCompleted": steps_completed,
                "trialRunId": trial_run_id,
            }
        )
        if latest_checkpoint is not UNSET:
            field_dict["latestCheckpoint"] = latest_checkpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        steps_completed = d.pop("stepsCompleted")
        if type(steps_completed) is not int:
            raise TypeError(f"StartTrialResponse.stepsCompleted: expected int, got {type(steps_completed).__name__}")

        trial_run_id = d.pop("trialRunId")
        if type(trial_run_id) is not int:
            raise TypeError(f"StartTrialResponse.trialRunId: expected int, got {type(trial_run_id).__name__}")

        latest_checkpoint = d.pop("latestCheckpoint", UNSET)
        if type(latest_checkpoint) is not str and latest_checkpoint is not UNSET:
            raise TypeError(
                f"StartTrialResponse.latestCheckpoint: expected str, got {type(latest_checkpoint).__name__}"
            )

        start_trial_response = cls(
            steps_completed,
            trial_run_id,
            latest_checkpoint,
        )

        start_trial_response.additional_properties = d if d else {}
        return start_trial_response

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
