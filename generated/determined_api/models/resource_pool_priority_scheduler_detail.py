from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourcePoolPrioritySchedulerDetail")


@_attrs_define
class ResourcePoolPrioritySchedulerDetail:
    """
    Attributes:
        default_priority (int):
        preemption (bool):
        k_8_priorities (list[K8PriorityClass] | Unset):
    """

    default_priority: int
    preemption: bool
    k_8_priorities: list[K8PriorityClass] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_priority = self.default_priority

        preemption = self.preemption

        k_8_priorities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.k_8_priorities, Unset):
            k_8_priorities = []
            for k_8_priorities_item_data in self.k_8_priorities:
                k_8_priorities_item = k_8_priorities_item_data.to_dict()
                k_8_priorities.append(k_8_priorities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "defaultPriority": default_priority,
                "preemption": preemption,
            }
        )
        if k_8_priorities is not UNSET:
            field_dict["k8Priorities"] = k_8_priorities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        default_priority = d.pop("defaultPriority")
        if type(default_priority) is not int:
            raise TypeError(
                f"ResourcePoolPrioritySchedulerDetail.defaultPriority: expected int, got {type(default_priority).__name__}"
            )

        preemption = d.pop("preemption")
        if type(preemption) is not bool:
            raise TypeError(
                f"ResourcePoolPrioritySchedulerDetail.preemption: expected bool, got {type(preemption).__name__}"
            )

        _k_8_priorities = d.pop("k8Priorities", UNSET)
        k_8_priorities: list[K8PriorityClass] | Unset = UNSET
        if _k_8_priorities is not UNSET:
            if not isinstance(_k_8_priorities, list):
                raise TypeError(
                    f"ResourcePoolPrioritySchedulerDetail.k8Priorities: expected list, got {type(_k_8_priorities).__name__}"
                )
            k_8_priorities = []
            for k_8_priorities_item_data in _k_8_priorities:
                if not isinstance(k_8_priorities_item_data, dict):
                    raise TypeError(
                        f"ResourcePoolPrioritySchedulerDetail.k8Priorities item: expected object, got {type(k_8_priorities_item_data).__name__}"
                    )
                k_8_priorities_item = K8PriorityClass.from_dict(k_8_priorities_item_data)

                k_8_priorities.append(k_8_priorities_item)

        resource_pool_priority_scheduler_detail = cls(
            default_priority,
            preemption,
            k_8_priorities,
        )

        resource_pool_priority_scheduler_detail.additional_properties = d if d else {}
        return resource_pool_priority_scheduler_detail

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
from ..models.k8_priority_class import K8PriorityClass  # noqa: E402
