from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetJobsResponse")


@_attrs_define
class GetJobsResponse:
    """
    Attributes:
        jobs (list[Job]):
        pagination (None | Pagination):
    """

    jobs: list[Job]
    pagination: None | Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        pagination: dict[str, Any] | None
        if isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobs": jobs,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _jobs = d.pop("jobs")
        if not isinstance(_jobs, list):
            raise TypeError(f"GetJobsResponse.jobs: expected list, got {type(_jobs).__name__}")
        jobs = []
        for jobs_item_data in _jobs:
            if not isinstance(jobs_item_data, dict):
                raise TypeError(f"GetJobsResponse.jobs item: expected object, got {type(jobs_item_data).__name__}")
            jobs_item = Job.from_dict(jobs_item_data)

            jobs.append(jobs_item)

        _pagination = d.pop("pagination")
        pagination: None | Pagination
        if _pagination is None:
            pagination = _pagination
        else:
            if not isinstance(_pagination, dict):
                raise TypeError(f"GetJobsResponse.pagination: expected object, got {type(_pagination).__name__}")
            pagination_type_0 = Pagination.from_dict(_pagination)

            pagination = pagination_type_0

        get_jobs_response = cls(
            jobs,
            pagination,
        )

        get_jobs_response.additional_properties = d if d else {}
        return get_jobs_response

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
from ..models.job import Job  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402
