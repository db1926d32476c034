from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.launch_warning import LaunchWarning, check_launch_warning
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateExperimentResponse")


@_attrs_define
class CreateExperimentResponse:
    """
    Attributes:
        config (CreateExperimentResponseConfigType0 | None):
        experiment (Experiment | None):
        warnings (list[LaunchWarning] | Unset):
    """

    config: CreateExperimentResponseConfigType0 | None
    experiment: Experiment | None
    warnings: list[LaunchWarning] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | None
        if isinstance(self.config, CreateExperimentResponseConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        experiment: dict[str, Any] | None
        if isinstance(self.experiment, Experiment):
            experiment = self.experiment.to_dict()
        else:
            experiment = self.experiment

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item: str = warnings_item_data
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "experiment": experiment,
            }
        )
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config")
        config: CreateExperimentResponseConfigType0 | None
        if _config is None:
            config = _config
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"CreateExperimentResponse.config: expected object, got {type(_config).__name__}")
            config_type_0 = CreateExperimentResponseConfigType0.from_dict(_config)

            config = config_type_0

        _experiment = d.pop("experiment")
        experiment: Experiment | None
        if _experiment is None:
            experiment = _experiment
        else:
            if not isinstance(_experiment, dict):
                raise TypeError(
                    f"CreateExperimentResponse.experiment: expected object, got {type(_experiment).__name__}"
                )
            experiment_type_0 = Experiment.from_dict(_experiment)

            experiment = experiment_type_0

        _warnings = d.pop("warnings", UNSET)
        warnings: list[LaunchWarning] | Unset = UNSET
        if _warnings is not UNSET:
            if not isinstance(_warnings, list):
                raise TypeError(f"CreateExperimentResponse.warnings: expected list, got {type(_warnings).__name__}")
            warnings = []
            for warnings_item_data in _warnings:
                if type(warnings_item_data) is not str:
                    raise TypeError(
                        f"CreateExperimentResponse.warnings item: expected str, got {type(warnings_item_data).__name__}"
                    )
                warnings_item = check_launch_warning(warnings_item_data)

                warnings.append(warnings_item)

        create_experiment_response = cls(
            config,
            experiment,
            warnings,
        )

        create_experiment_response.additional_properties = d if d else {}
        return create_experiment_response

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
from ..models.create_experiment_response_config_type_0 import CreateExperimentResponseConfigType0  # noqa: E402
from ..models.experiment import Experiment  # noqa: E402
