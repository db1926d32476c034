from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_type import JobType, check_job_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="LimitedJob")


@_attrs_define
class LimitedJob:
    """
    Attributes:
        allocated_slots (int):
        is_preemptible (bool):
        job_id (str):
        requested_slots (int):
        resource_pool (str):
        type_ (JobType): What runs in a job.
        workspace_id (int):
        priority (int | Unset):
        progress (float | Unset):
        summary (JobSummary | None | Unset):
        weight (float | Unset):
    """

    allocated_slots: int
    is_preemptible: bool
    job_id: str
    requested_slots: int
    resource_pool: str
    type_: JobType
    workspace_id: int
    priority: int | Unset = UNSET
    progress: float | Unset = UNSET
    summary: JobSummary | None | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocated_slots = self.allocated_slots

        is_preemptible = self.is_preemptible

        job_id = self.job_id

        requested_slots = self.requested_slots

        resource_pool = self.resource_pool

        type_: str = self.type_

        workspace_id = self.workspace_id

        priority = self.priority

        progress: float | str | Unset
        if isinstance(self.progress, float) and not math.isfinite(self.progress):
            progress = "NaN" if math.isnan(self.progress) else ("Infinity" if self.progress > 0 else "-Infinity")
        else:
            progress = self.progress

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, JobSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        weight: float | str | Unset
        if isinstance(self.weight, float) and not math.isfinite(self.weight):
            weight = "NaN" if math.isnan(self.weight) else ("Infinity" if self.weight > 0 else "-Infinity")
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allocatedSlots": allocated_slots,
                "isPreemptible": is_preemptible,
                "jobId": job_id,
                "requestedSlots": requested_slots,
                "resourcePool": resource_pool,
                "type": type_,
                "workspaceId": workspace_id,
            }
        )
        if priority is not UNSET:
            field_dict["priority"] = priority
        if progress is not UNSET:
            field_dict["progress"] = progress
        if summary is not UNSET:
            field_dict["summary"] = summary
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allocated_slots = d.pop("allocatedSlots")
        if type(allocated_slots) is not int:
            raise TypeError(f"LimitedJob.allocatedSlots: expected int, got {type(allocated_slots).__name__}")

        is_preemptible = d.pop("isPreemptible")
        if type(is_preemptible) is not bool:
            raise TypeError(f"LimitedJob.isPreemptible: expected bool, got {type(is_preemptible).__name__}")

        job_id = d.pop("jobId")
        if type(job_id) is not str:
            raise TypeError(f"LimitedJob.jobId: expected str, got {type(job_id).__name__}")

        requested_slots = d.pop("requestedSlots")
        if type(requested_slots) is not int:
            raise TypeError(f"LimitedJob.requestedSlots: expected int, got {type(requested_slots).__name__}")

        resource_pool = d.pop("resourcePool")
        if type(resource_pool) is not str:
            raise TypeError(f"LimitedJob.resourcePool: expected str, got {type(resource_pool).__name__}")

        _type_ = d.pop("type")
        if type(_type_) is not str:
            raise TypeError(f"LimitedJob.type: expected str, got {type(_type_).__name__}")
        type_ = check_job_type(_type_)

        workspace_id = d.pop("workspaceId")
        if type(workspace_id) is not int:
            raise TypeError(f"LimitedJob.workspaceId: expected int, got {type(workspace_id).__name__}")

        priority = d.pop("priority", UNSET)
        if type(priority) is not int and priority is not UNSET:
            raise TypeError(f"LimitedJob.priority: expected int, got {type(priority).__name__}")

        _progress = d.pop("progress", UNSET)
        progress: float | Unset
        if type(_progress) is float or type(_progress) is int:
            progress = _progress
        elif _progress in ("NaN", "Infinity", "-Infinity"):
            progress = float(_progress)
        elif _progress is UNSET:
            progress = UNSET
        else:
            raise TypeError(f"LimitedJob.progress: expected number, got {type(_progress).__name__}")

        _summary = d.pop("summary", UNSET)
        summary: JobSummary | None | Unset
        if _summary is None or _summary is UNSET:
            summary = _summary
        else:
            if not isinstance(_summary, dict):
                raise TypeError(f"LimitedJob.summary: expected object, got {type(_summary).__name__}")
            summary_type_0 = JobSummary.from_dict(_summary)

            summary = summary_type_0

        _weight = d.pop("weight", UNSET)
        weight: float | Unset
        if type(_weight) is float or type(_weight) is int:
            weight = _weight
        elif _weight in ("NaN", "Infinity", "-Infinity"):
            weight = float(_weight)
        elif _weight is UNSET:
            weight = UNSET
        else:
            raise TypeError(f"LimitedJob.weight: expected number, got {type(_weight).__name__}")

        limited_job = cls(
            allocated_slots,
            is_preemptible,
            job_id,
            requested_slots,
            resource_pool,
            type_,
            workspace_id,
            priority,
            progress,
            summary,
            weight,
        )

        limited_job.additional_properties = d if d else {}
        return limited_job

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
from ..models.job_summary import JobSummary  # noqa: E402
