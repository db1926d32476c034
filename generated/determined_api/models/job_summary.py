from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_state import JobState, check_job_state

T = TypeVar("T", bound="JobSummary")


@_attrs_define
class JobSummary:
    """Where a job stands in its queue.

    Attributes:
        jobs_ahead (int): How many jobs are ahead of it.
        state (JobState): `STATE_QUEUED` while it waits for slots, `STATE_SCHEDULED` once it holds them,
            `STATE_SCHEDULED_BACKFILLED` when it got them ahead of its turn because it fit in a gap.
    """

    jobs_ahead: int
    state: JobState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobs_ahead = self.jobs_ahead

        state: str = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobsAhead": jobs_ahead,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jobs_ahead = d.pop("jobsAhead")
        if type(jobs_ahead) is not int:
            raise TypeError(f"JobSummary.jobsAhead: expected int, got {type(jobs_ahead).__name__}")

        _state = d.pop("state")
        if type(_state) is not str:
            raise TypeError(f"JobSummary.state: expected str, got {type(_state).__name__}")
        state = check_job_state(_state)

        job_summary = cls(
            jobs_ahead,
            state,
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
