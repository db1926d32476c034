from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchExperimentPatchCheckpointStorage")


@_attrs_define
class PatchExperimentPatchCheckpointStorage:
    """How many checkpoints the experiment keeps from now on.

    Attributes:
        save_experiment_best (int | Unset): Keep the checkpoints of this many of the experiment's best trials.
        save_trial_best (int | Unset): Keep this many best checkpoints per trial.
        save_trial_latest (int | Unset): Keep this many latest checkpoints per trial.
    """

    save_experiment_best: int | Unset = UNSET
    save_trial_best: int | Unset = UNSET
    save_trial_latest: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        save_experiment_best = self.save_experiment_best

        save_trial_best = self.save_trial_best

        save_trial_latest = self.save_trial_latest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if save_experiment_best is not UNSET:
            field_dict["saveExperimentBest"] = save_experiment_best
        if save_trial_best is not UNSET:
            field_dict["saveTrialBest"] = save_trial_best
        if save_trial_latest is not UNSET:
            field_dict["saveTrialLatest"] = save_trial_latest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        save_experiment_best = d.pop("saveExperimentBest", UNSET)
        if type(save_experiment_best) is not int and save_experiment_best is not UNSET:
            raise TypeError(
                f"PatchExperimentPatchCheckpointStorage.saveExperimentBest: expected int, got {type(save_experiment_best).__name__}"
            )

        save_trial_best = d.pop("saveTrialBest", UNSET)
        if type(save_trial_best) is not int and save_trial_best is not UNSET:
            raise TypeError(
                f"PatchExperimentPatchCheckpointStorage.saveTrialBest: expected int, got {type(save_trial_best).__name__}"
            )

        save_trial_latest = d.pop("saveTrialLatest", UNSET)
        if type(save_trial_latest) is not int and save_trial_latest is not UNSET:
            raise TypeError(
                f"PatchExperimentPatchCheckpointStorage.saveTrialLatest: expected int, got {type(save_trial_latest).__name__}"
            )

        patch_experiment_patch_checkpoint_storage = cls(
            save_experiment_best,
            save_trial_best,
            save_trial_latest,
        )

        patch_experiment_patch_checkpoint_storage.additional_properties = d if d else {}
        return patch_experiment_patch_checkpoint_storage

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
