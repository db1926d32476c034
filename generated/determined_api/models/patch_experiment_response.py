from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchExperimentResponse")


@_attrs_define
class PatchExperimentResponse:
    """
    Attributes:
        experiment (Experiment | None | Unset):
    """

    experiment: Experiment | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment: dict[str, Any] | None | Unset
        if isinstance(self.experiment, Unset):
            experiment = UNSET
        elif isinstance(self.experiment, Experiment):
            experiment = self.experiment.to_dict()
        else:
            experiment = self.experiment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experiment is not UNSET:
            field_dict["experiment"] = experiment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _experiment = d.pop("experiment", UNSET)
        experiment: Experiment | None | Unset
        if _experiment is None or _experiment is UNSET:
            experiment = _experiment
        else:
            if not isinstance(_experiment, dict):
                raise TypeError(
                    f"PatchExperimentResponse.experiment: expected object, got {type(_experiment).__name__}"
                )
            experiment_type_0 = Experiment.from_dict(_experiment)

            experiment = experiment_type_0

        patch_experiment_response = cls(
            experiment,
        )

        patch_experiment_response.additional_properties = d if d else {}
        return patch_experiment_response

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
