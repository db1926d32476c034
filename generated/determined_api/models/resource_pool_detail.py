from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourcePoolDetail")


@_attrs_define
class ResourcePoolDetail:
    """
    Attributes:
        aws (None | ResourcePoolAwsDetail | Unset):
        gcp (None | ResourcePoolGcpDetail | Unset):
        priority_scheduler (None | ResourcePoolPrioritySchedulerDetail | Unset):
    """

    aws: None | ResourcePoolAwsDetail | Unset = UNSET
    gcp: None | ResourcePoolGcpDetail | Unset = UNSET
    priority_scheduler: None | ResourcePoolPrioritySchedulerDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aws: dict[str, Any] | None | Unset
        if isinstance(self.aws, Unset):
            aws = UNSET
        elif isinstance(self.aws, ResourcePoolAwsDetail):
            aws = self.aws.to_dict()
        else:
            aws = self.aws

        gcp: dict[str, Any] | None | Unset
        if isinstance(self.gcp, Unset):
            gcp = UNSET
        elif isinstance(self.gcp, ResourcePoolGcpDetail):
            gcp = self.gcp.to_dict()
        else:
            gcp = self.gcp

        priority_scheduler: dict[str, Any] | None | Unset
        if isinstance(self.priority_scheduler, Unset):
            priority_scheduler = UNSET
        elif isinstance(self.priority_scheduler, ResourcePoolPrioritySchedulerDetail):
            priority_scheduler = self.priority_scheduler.to_dict()
        else:
            priority_scheduler = self.priority_scheduler

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aws is not UNSET:
            field_dict["aws"] = aws
        if gcp is not UNSET:
            field_dict["gcp"] = gcp
        if priority_scheduler is not UNSET:
            field_dict["priorityScheduler"] = priority_scheduler

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _aws = d.pop("aws", UNSET)
        aws: None | ResourcePoolAwsDetail | Unset
        if _aws is None or _aws is UNSET:
            aws = _aws
        else:
            if not isinstance(_aws, dict):
                raise TypeError(f"ResourcePoolDetail.aws: expected object, got {type(_aws).__name__}")
            aws_type_0 = ResourcePoolAwsDetail.from_dict(_aws)

            aws = aws_type_0

        _gcp = d.pop("gcp", UNSET)
        gcp: None | ResourcePoolGcpDetail | Unset
        if _gcp is None or _gcp is UNSET:
            gcp = _gcp
        else:
            if not isinstance(_gcp, dict):
                raise TypeError(f"ResourcePoolDetail.gcp: expected object, got {type(_gcp).__name__}")
            gcp_type_0 = ResourcePoolGcpDetail.from_dict(_gcp)

            gcp = gcp_type_0

        _priority_scheduler = d.pop("priorityScheduler", UNSET)
        priority_scheduler: None | ResourcePoolPrioritySchedulerDetail | Unset
        if _priority_scheduler is None or _priority_scheduler is UNSET:
            priority_scheduler = _priority_scheduler
        else:
            if not isinstance(_priority_scheduler, dict):
                raise TypeError(
                    f"ResourcePoolDetail.priorityScheduler: expected object, got {type(_priority_scheduler).__name__}"
                )
            priority_scheduler_type_0 = ResourcePoolPrioritySchedulerDetail.from_dict(_priority_scheduler)

            priority_scheduler = priority_scheduler_type_0

        resource_pool_detail = cls(
            aws,
            gcp,
            priority_scheduler,
        )

        resource_pool_detail.additional_properties = d if d else {}
        return resource_pool_detail

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
from ..models.resource_pool_aws_detail import ResourcePoolAwsDetail  # noqa: E402
from ..models.resource_pool_gcp_detail import ResourcePoolGcpDetail  # noqa: E402
from ..models.resource_pool_priority_scheduler_detail import ResourcePoolPrioritySchedulerDetail  # noqa: E402
