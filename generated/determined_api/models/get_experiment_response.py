from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetExperimentResponse")


@_attrs_define
class GetExperimentResponse:
    """One experiment with its queue position and configuration.

    Attributes:
        experiment (Experiment | None):
        config (GetExperimentResponseConfigType0 | None | Unset): Its whole configuration, with every default filled in.
        job_summary (JobSummary | None | Unset): Its place in the queue; null once it is no longer active.
    """

    experiment: Experiment | None
    config: GetExperimentResponseConfigType0 | None | Unset = UNSET
    job_summary: JobSummary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment: dict[str, Any] | None
        if isinstance(self.experiment, Experiment):
            experiment = self.experiment.to_dict()
        else:
            experiment = self.experiment

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, GetExperimentResponseConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        job_summary: dict[str, Any] | None | Unset
        if isinstance(self.job_summary, Unset):
            job_summary = UNSET
        elif isinstance(self.job_summary, JobSummary):
            job_summary = self.job_summary.to_dict()
        else:
            job_summary = self.job_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment": experiment,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if job_summary is not UNSET:
            field_dict["jobSummary"] = job_summary

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
                raise TypeError(f"GetExperimentResponse.experiment: expected object, got {type(_experiment).__name__}")
            experiment_type_0 = Experiment.from_dict(_experiment)

            experiment = experiment_type_0

        _config = d.pop("config", UNSET)
        config: GetExperimentResponseConfigType0 | None | Unset
        if _config is None or _config is UNSET:
            config = _config
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"GetExperimentResponse.config: expected object, got {type(_config).__name__}")
            config_type_0 = GetExperimentResponseConfigType0.from_dict(_config)

            config = config_type_0

        _job_summary = d.pop("jobSummary", UNSET)
        job_summary: JobSummary | None | Unset
        if _job_summary is None or _job_summary is UNSET:
            job_summary = _job_summary
        else:
            if not isinstance(_job_summary, dict):
                raise TypeError(f"GetExperimentResponse.jobSummary: expected object, got {type(_job_summary).__name__}")
            job_summary_type_0 = JobSummary.from_dict(_job_summary)

            job_summary = job_summary_type_0

        get_experiment_response = cls(
            experiment,
            config,
            job_summary,
        )

        get_experiment_response.additional_properties = d if d else {}
        return get_experiment_response

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
from ..models.get_experiment_response_config_type_0 import GetExperimentResponseConfigType0  # noqa: E402
from ..models.job_summary import JobSummary  # noqa: E402
