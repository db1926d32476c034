from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueControl")


@_attrs_define
class QueueControl:
    """One change to a queued job.

    Attributes:
        job_id (str): The job to change.
        ahead_of (str | Unset): Move the job just ahead of this job.
        behind_of (str | Unset): Move the job just behind this job.
        priority (int | Unset): A new priority; smaller goes first under the priority scheduler.
        resource_pool (str | Unset): Move the job to this resource pool.
        weight (float | Unset): A new fair-share weight.
    """

    job_id: str
    ahead_of: str | Unset = UNSET
    behind_of: str | Unset = UNSET
    priority: int | Unset = UNSET
    resource_pool: str | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        ahead_of = self.ahead_of

        behind_of = self.behind_of

        priority = self.priority

        resource_pool = self.resource_pool

        weight: float | str | Unset
        if isinstance(self.weight, float) and not math.isfinite(self.weight):
            weight = "NaN" if math.isnan(self.weight) else ("Infinity" if self.weight > 0 else "-Infinity")
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
            }
        )
        if ahead_of is not UNSET:
            field_dict["aheadOf"] = ahead_of
        if behind_of is not UNSET:
            field_dict["behindOf"] = behind_of
        if priority is not UNSET:
            field_dict["priority"] = priority
        if resource_pool is not UNSET:
            field_dict["resourcePool"] = resource_pool
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("jobId")
        if type(job_id) is not str:
            raise TypeError(f"QueueControl.jobId: expected str, got {type(job_id).__name__}")

        ahead_of = d.pop("aheadOf", UNSET)
        if type(ahead_of) is not str and ahead_of is not UNSET:
            raise TypeError(f"QueueControl.aheadOf: expected str, got {type(ahead_of).__name__}")

        behind_of = d.pop("behindOf", UNSET)
        if type(behind_of) is not str and behind_of is not UNSET:
            raise TypeError(f"QueueControl.behindOf: expected str, got {type(behind_of).__name__}")

        priority = d.pop("priority", UNSET)
        if type(priority) is not int and priority is not UNSET:
            raise TypeError(f"QueueControl.priority: expected int, got {type(priority).__name__}")

        resource_pool = d.pop("resourcePool", UNSET)
        if type(resource_pool) is not str and resource_pool is not UNSET:
            raise TypeError(f"QueueControl.resourcePool: expected str, got {type(resource_pool).__name__}")

        _weight = d.pop("weight", UNSET)
        weight: float | Unset
        if type(_weight) is float or type(_weight) is int:
            weight = _weight
        elif _weight in ("NaN", "Infinity", "-Infinity"):
            weight = float(_weight)
        elif _weight is UNSET:
            weight = UNSET
        else:
            raise TypeError(f"QueueControl.weight: expected number, got {type(_weight).__name__}")

        queue_control = cls(
            job_id,
            ahead_of,
            behind_of,
            priority,
            resource_pool,
            weight,
        )

        queue_control.additional_properties = d if d else {}
        return queue_control

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
