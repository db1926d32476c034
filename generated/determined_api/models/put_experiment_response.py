from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PutExperimentResponse")


@_attrs_define
class PutExperimentResponse:
    """
    Attributes:
        config (None | PutExperimentResponseConfigType0):
        experiment (Experiment | None):
    """

    config: None | PutExperimentResponseConfigType0
    experiment: Experiment | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | None
        if isinstance(self.config, PutExperimentResponseConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        experiment: dict[str, Any] | None
        if isinstance(self.experiment, Experiment):
            experiment = self.experiment.to_dict()
        else:
            experiment = self.experiment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "experiment": experiment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config")
        config: None | PutExperimentResponseConfigType0
        if _config is None:
            config = _config
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"PutExperimentResponse.config: expected object, got {type(_config).__name__}")
            config_type_0 = PutExperimentResponseConfigType0.from_dict(_config)

            config = config_type_0

        _experiment = d.pop("experiment")
        experiment: Experiment | None
        if _experiment is None:
            experiment = _experiment
        else:
            if not isinstance(_experiment, dict):
                raise TypeError(f"PutExperimentResponse.experiment: expected object, got {type(_experiment).__name__}")
            experiment_type_0 = Experiment.from_dict(_experiment)

            experiment = experiment_type_0

        put_experiment_response = cls(
            config,
            experiment,
        )

        put_experiment_response.additional_properties = d if d else {}
        return put_experiment_response

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
from ..models.put_experiment_response_config_type_0 import PutExperimentResponseConfigType0  # noqa: E402
