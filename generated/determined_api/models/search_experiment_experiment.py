from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchExperimentExperiment")


@_attrs_define
class SearchExperimentExperiment:
    """
    Attributes:
        experiment (Experiment | None):
        best_trial (None | Trial | Unset):
    """

    experiment: Experiment | None
    best_trial: None | Trial | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment: dict[str, Any] | None
        if isinstance(self.experiment, Experiment):
            experiment = self.experiment.to_dict()
        else:
            experiment = self.experiment

        best_trial: dict[str, Any] | None | Unset
        if isinstance(self.best_trial, Unset):
            best_trial = UNSET
        elif isinstance(self.best_trial, Trial):
            best_trial = self.best_trial.to_dict()
        else:
            best_trial = self.best_trial

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment": experiment,
            }
        )
        if best_trial is not UNSET:
            field_dict["bestTrial"] = best_trial

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _experiment = d.pop("experiment")
        experiment: Experiment | None
        if _experiment is None:
            experiment = _experiment
        else:
            if not isinstance(_experiment, dict):
                raise TypeError(
                    f"SearchExperimentExperiment.experiment: expected object, got {type(_experiment).__name__}"
                )
            experiment_type_0 = Experiment.from_dict(_experiment)

            experiment = experiment_type_0

        _best_trial = d.pop("bestTrial", UNSET)
        best_trial: None | Trial | Unset
        if _best_trial is None or _best_trial is UNSET:
            best_trial = _best_trial
        else:
            if not isinstance(_best_trial, dict):
                raise TypeError(
                    f"SearchExperimentExperiment.bestTrial: expected object, got {type(_best_trial).__name__}"
                )
            best_trial_type_0 = Trial.from_dict(_best_trial)

            best_trial = best_trial_type_0

        search_experiment_experiment = cls(
            experiment,
            best_trial,
        )

        search_experiment_experiment.additional_properties = d if d else {}
        return search_experiment_experiment

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
from ..models.experiment import Experiment  # noqa: E402
from ..models.trial import Trial  # noqa: E402
