from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment import Experiment
    from ..models.get_experiment_response_config_type_0 import GetExperimentResponseConfigType0
    from ..models.job_summary import JobSummary


T = TypeVar("T", bound="GetExperimentResponse")


@_attrs_define
class GetExperimentResponse:
    """
    Attributes:
        experiment (Experiment):
        job_summary (JobSummary | None | Unset):
        config (GetExperimentResponseConfigType0 | None | Unset): The experiment configuration.
    """

    experiment: Experiment
    job_summary: JobSummary | None | Unset = UNSET
    config: GetExperimentResponseConfigType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_experiment_response_config_type_0 import GetExperimentResponseConfigType0  # noqa: PLC0415
        from ..models.job_summary import JobSummary  # noqa: PLC0415

        experiment = self.experiment.to_dict()

        job_summary: dict[str, Any] | None | Unset
        if isinstance(self.job_summary, Unset):
            job_summary = UNSET
        elif isinstance(self.job_summary, JobSummary):
            job_summary = self.job_summary.to_dict()
        else:
            job_summary = self.job_summary

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, GetExperimentResponseConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment": experiment,
            }
        )
        if job_summary is not UNSET:
            field_dict["jobSummary"] = job_summary
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.experiment import Experiment  # noqa: PLC0415
        from ..models.get_experiment_response_config_type_0 import GetExperimentResponseConfigType0  # noqa: PLC0415
        from ..models.job_summary import JobSummary  # noqa: PLC0415

        d = dict(src_dict)
        experiment = Experiment.from_dict(d.pop("experiment"))

        def _parse_job_summary(data: object) -> JobSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_summary_type_0 = JobSummary.from_dict(data)

                return job_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobSummary | None | Unset, data)

        job_summary = _parse_job_summary(d.pop("jobSummary", UNSET))

        def _parse_config(data: object) -> GetExperimentResponseConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = GetExperimentResponseConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetExperimentResponseConfigType0 | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        get_experiment_response = cls(
            experiment=experiment,
            job_summary=job_summary,
            config=config,
        )

        get_experiment_response.additional_properties = d
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
