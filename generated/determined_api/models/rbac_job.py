from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RBACJob")


@_attrs_define
class RBACJob:
    """
    Attributes:
        full (Job | Unset): An entry in a resource pool's queue: an experiment or a task waiting for slots or holding
            them.
        limited (LimitedJob | Unset):
    """

    full: Job | Unset = UNSET
    limited: LimitedJob | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full: dict[str, Any] | Unset = UNSET
        if not isinstance(self.full, Unset):
            full = self.full.to_dict()

        limited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limited, Unset):
            limited = self.limited.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full is not UNSET:
            field_dict["full"] = full
        if limited is not UNSET:
            field_dict["limited"] = limited

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _full = d.pop("full", UNSET)
        full: Job | Unset
        if _full is UNSET:
            full = UNSET
        else:
            if not isinstance(_full, dict):
                raise TypeError(f"RBACJob.full: expected object, got {type(_full).__name__}")
            full = Job.from_dict(_full)

        _limited = d.pop("limited", UNSET)
        limited: LimitedJob | Unset
        if _limited is UNSET:
            limited = UNSET
        else:
            if not isinstance(_limited, dict):
                raise TypeError(f"RBACJob.limited: expected object, got {type(_limited).__name__}")
            limited = LimitedJob.from_dict(_limited)

        rbac_job = cls(
            full,
            limited,
        )

        rbac_job.additional_properties = d if d else {}
        return rbac_job

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
from ..models.limited_job import LimitedJob  # noqa: E402
