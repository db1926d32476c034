from __future__ import annotations

import datetime
import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_type import JobType, check_job_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """An entry in a resource pool's queue: an experiment or a task waiting for slots or holding them.

    Attributes:
        allocated_slots (int): How many slots it holds now.
        entity_id (str): The id of the experiment or task behind it.
        is_preemptible (bool): Whether the scheduler may take its slots back for other jobs.
        job_id (str): The job's id.
        name (str): The name of the experiment or task.
        requested_slots (int): How many slots it asks for.
        resource_pool (str): The resource pool it is queued in.
        submission_time (datetime.datetime | None): When it entered the queue.
        type_ (JobType): What runs in a job.
        username (str): The username of its owner.
        workspace_id (int): The workspace it belongs to.
        priority (int | Unset): Its priority under the priority scheduler; a smaller number goes first.
        progress (float | Unset): How far it has come, from 0 to 1, when known.
        summary (JobSummary | None | Unset): Its state and how many jobs are ahead of it.
        user_id (int | Unset): The id of its owner.
        weight (float | Unset): Its share under the fair-share scheduler; a higher weight gets more slots.
    """

    allocated_slots: int
    entity_id: str
    is_preemptible: bool
    job_id: str
    name: str
    requested_slots: int
    resource_pool: str
    submission_time: datetime.datetime | None
    type_: JobType
    username: str
    workspace_id: int
    priority: int | Unset = UNSET
    progress: float | Unset = UNSET
    summary: JobSummary | None | Unset = UNSET
    user_id: int | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocated_slots = self.allocated_slots

        entity_id = self.entity_id

        is_preemptible = self.is_preemptible

        job_id = self.job_id

        name = self.name

        requested_slots = self.requested_slots

        resource_pool = self.resource_pool

        submission_time: None | str
        if isinstance(self.submission_time, datetime.datetime):
            submission_time = self.submission_time.isoformat()
        else:
            submission_time = self.submission_time

        type_: str = self.type_

        username = self.username

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

        user_id = self.user_id

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
                "entityId": entity_id,
                "isPreemptible": is_preemptible,
                "jobId": job_id,
                "name": name,
                "requestedSlots": requested_slots,
                "resourcePool": resource_pool,
                "submissionTime": submission_time,
                "type": type_,
                "username": username,
                "workspaceId": workspace_id,
            }
        )
        if priority is not UNSET:
            field_dict["priority"] = priority
        if progress is not UNSET:
            field_dict["progress"] = progress
        if summary is not UNSET:
            field_dict["summary"] = summary
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allocated_slots = d.pop("allocatedSlots")
        if type(allocated_slots) is not int:
            raise TypeError(f"Job.allocatedSlots: expected int, got {type(allocated_slots).__name__}")

        entity_id = d.pop("entityId")
        if type(entity_id) is not str:
            raise TypeError(f"Job.entityId: expected str, got {type(entity_id).__name__}")

        is_preemptible = d.pop("isPreemptible")
        if type(is_preemptible) is not bool:
            raise TypeError(f"Job.isPreemptible: expected bool, got {type(is_preemptible).__name__}")

        job_id = d.pop("jobId")
        if type(job_id) is not str:
            raise TypeError(f"Job.jobId: expected str, got {type(job_id).__name__}")

        name = d.pop("name")
        if type(name) is not str:
            raise TypeError(f"Job.name: expected str, got {type(name).__name__}")

        requested_slots = d.pop("requestedSlots")
        if type(requested_slots) is not int:
            raise TypeError(f"Job.requestedSlots: expected int, got {type(requested_slots).__name__}")

        resource_pool = d.pop("resourcePool")
        if type(resource_pool) is not str:
            raise TypeError(f"Job.resourcePool: expected str, got {type(resource_pool).__name__}")

        _submission_time = d.pop("submissionTime")
        submission_time: datetime.datetime | None
        if _submission_time is None:
            submission_time = _submission_time
        else:
            if type(_submission_time) is not str:
                raise TypeError(f"Job.submissionTime: expected str (date-time), got {type(_submission_time).__name__}")
            submission_time_type_0 = datetime.datetime.fromisoformat(_submission_time)

            submission_time = submission_time_type_0

        _type_ = d.pop("type")
        if type(_type_) is not str:
            raise TypeError(f"Job.type: expected str, got {type(_type_).__name__}")
        type_ = check_job_type(_type_)

        username = d.pop("username")
        if type(username) is not str:
            raise TypeError(f"Job.username: expected str, got {type(username).__name__}")

        workspace_id = d.pop("workspaceId")
        if type(workspace_id) is not int:
            raise TypeError(f"Job.workspaceId: expected int, got {type(workspace_id).__name__}")

        priority = d.pop("priority", UNSET)
        if type(priority) is not int and priority is not UNSET:
            raise TypeError(f"Job.priority: expected int, got {type(priority).__name__}")

        _progress = d.pop("progress", UNSET)
        progress: float | Unset
        if type(_progress) is float or type(_progress) is int:
            progress = _progress
        elif _progress in ("NaN", "Infinity", "-Infinity"):
            progress = float(_progress)
        elif _progress is UNSET:
            progress = UNSET
        else:
            raise TypeError(f"Job.progress: expected number, got {type(_progress).__name__}")

        _summary = d.pop("summary", UNSET)
        summary: JobSummary | None | Unset
        if _summary is None or _summary is UNSET:
            summary = _summary
        else:
            if not isinstance(_summary, dict):
                raise TypeError(f"Job.summary: expected object, got {type(_summary).__name__}")
            summary_type_0 = JobSummary.from_dict(_summary)

            summary = summary_type_0

        user_id = d.pop("userId", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            raise TypeError(f"Job.userId: expected int, got {type(user_id).__name__}")

        _weight = d.pop("weight", UNSET)
        weight: float | Unset
        if type(_weight) is float or type(_weight) is int:
            weight = _weight
        elif _weight in ("NaN", "Infinity", "-Infinity"):
            weight = float(_weight)
        elif _weight is UNSET:
            weight = UNSET
        else:
            raise TypeError(f"Job.weight: expected number, got {type(_weight).__name__}")

        job = cls(
            allocated_slots,
            entity_id,
            is_preemptible,
            job_id,
            name,
            requested_slots,
            resource_pool,
            submission_time,
            type_,
            username,
            workspace_id,
            priority,
            progress,
            summary,
            user_id,
            weight,
        )

        job.additional_properties = d if d else {}
        return job

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
