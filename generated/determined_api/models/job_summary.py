from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_state import JobState, check_job_state

T = TypeVar("T", bound="JobSummary")


@_attrs_define
class JobSummary:
    """
    Attributes:
        state (JobState): The scheduling state of a job.
        jobs_ahead (int):
    """

    state: JobState
    jobs_ahead: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: str = self.state

        jobs_ahead = self.jobs_ahead

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
                "jobsAhead": jobs_ahead,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _state = d.pop("state")
        if type(_state) is not str:
            raise TypeError(f"JobSummary.state: expected str, got {type(_state).__name__}")
        state = check_job_state(_state)

        jobs_ahead = d.pop("jobsAhead")
        if type(jobs_ahead) is not int:
            raise TypeError(f"JobSummary.jobsAhead: expected int, got {type(jobs_ahead).__name__}")

        job_summary = cls(
            state,
            jobs_ahead,
        )

        job_summary.additional_properties = d if d else {}
        return job_summary

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
