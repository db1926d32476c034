from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllocationSummary")


@_attrs_define
class AllocationSummary:
    """
    Attributes:
        allocation_id (str | Unset):
        name (str | Unset):
        priority (int | Unset):
        proxy_ports (list[ProxyPortConfig] | Unset):
        registered_time (datetime.datetime | None | Unset):
        resource_pool (str | Unset):
        resources (list[ResourcesSummary] | Unset):
        scheduler_type (str | Unset):
        slots_needed (int | Unset):
        task_id (str | Unset):
    """

    allocation_id: str | Unset = UNSET
    name: str | Unset = UNSET
    priority: int | Unset = UNSET
    proxy_ports: list[ProxyPortConfig] | Unset = UNSET
    registered_time: datetime.datetime | None | Unset = UNSET
    resource_pool: str | Unset = UNSET
    resources: list[ResourcesSummary] | Unset = UNSET
    scheduler_type: str | Unset = UNSET
    slots_needed: int | Unset = UNSET
    task_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocation_id = self.allocation_id

        name = self.name

        priority = self.priority

        proxy_ports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.proxy_ports, Unset):
            proxy_ports = []
            for proxy_ports_item_data in self.proxy_ports:
                proxy_ports_item = proxy_ports_item_data.to_dict()
                proxy_ports.append(proxy_ports_item)

        registered_time: None | str | Unset
        if isinstance(self.registered_time, Unset):
            registered_time = UNSET
        elif isinstance(self.registered_time, datetime.datetime):
            registered_time = self.registered_time.isoformat()
        else:
            registered_time = self.registered_time

        resource_pool = self.resource_pool

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        scheduler_type = self.scheduler_type

        slots_needed = self.slots_needed

        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allocation_id is not UNSET:
            field_dict["allocationId"] = allocation_id
        if name is not UNSET:
            field_dict["name"] = name
        if priority is not UNSET:
            field_dict["priority"] = priority
        if proxy_ports is not UNSET:
            field_dict["proxyPorts"] = proxy_ports
        if registered_time is not UNSET:
            field_dict["registeredTime"] = registered_time
        if resource_pool is not UNSET:
            field_dict["resourcePool"] = resource_pool
        if resources is not UNSET:
            field_dict["resources"] = resources
        if scheduler_type is not UNSET:
            field_dict["schedulerType"] = scheduler_type
        if slots_needed is not UNSET:
            field_dict["slotsNeeded"] = slots_needed
        if task_id is not UNSET:
            field_dict["taskId"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allocation_id = d.pop("allocationId", UNSET)
        if type(allocation_id) is not str and allocation_id is not UNSET:
            raise TypeError(f"AllocationSummary.allocationId: expected str, got {type(allocation_id).__name__}")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise TypeError(f"AllocationSummary.name: expected str, got {type(name).__name__}")

        priority = d.pop("priority", UNSET)
        if type(priority) is not int and priority is not UNSET:
            raise TypeError(f"AllocationSummary.priority: expected int, got {type(priority).__name__}")

        _proxy_ports = d.pop("proxyPorts", UNSET)
        proxy_ports: list[ProxyPortConfig] | Unset = UNSET
        if _proxy_ports is not UNSET:
            if not isinstance(_proxy_ports, list):
                raise TypeError(f"AllocationSummary.proxyPorts: expected list, got {type(_proxy_ports).__name__}")
            proxy_ports = []
            for proxy_ports_item_data in _proxy_ports:
                if not isinstance(proxy_ports_item_data, dict):
                    raise TypeError(
                        f"AllocationSummary.proxyPorts item: expected object, got {type(proxy_ports_item_data).__name__}"
                    )
                proxy_ports_item = ProxyPortConfig.from_dict(proxy_ports_item_data)

                proxy_ports.append(proxy_ports_item)

        _registered_time = d.pop("registeredTime", UNSET)
        registered_time: datetime.datetime | None | Unset
        if _registered_time is None or _registered_time is UNSET:
            registered_time = _registered_time
        else:
            if type(_registered_time) is not str:
                raise TypeError(
                    f"AllocationSummary.registeredTime: expected str (date-time), got {type(_registered_time).__name__}"
                )
            registered_time_type_0 = datetime.datetime.fromisoformat(_registered_time)

            registered_time = registered_time_type_0

        resource_pool = d.pop("resourcePool", UNSET)
        if type(resource_pool) is not str and resource_pool is not UNSET:
            raise TypeError(f"AllocationSummary.resourcePool: expected str, got {type(resource_pool).__name__}")

        _resources = d.pop("resources", UNSET)
        resources: list[ResourcesSummary] | Unset = UNSET
        if _resources is not UNSET:
            if not isinstance(_resources, list):
                raise TypeError(f"AllocationSummary.resources: expected list, got {type(_resources).__name__}")
            resources = []
            for resources_item_data in _resources:
                if not isinstance(resources_item_data, dict):
                    raise TypeError(
                        f"AllocationSummary.resources item: expected object, got {type(resources_item_data).__name__}"
                    )
                resources_item = ResourcesSummary.from_dict(resources_item_data)

                resources.append(resources_item)

        scheduler_type = d.pop("schedulerType", UNSET)
        if type(scheduler_type) is not str and scheduler_type is not UNSET:
            raise TypeError(f"AllocationSummary.schedulerType: expected str, got {type(scheduler_type).__name__}")

        slots_needed = d.pop("slotsNeeded", UNSET)
        if type(slots_needed) is not int and slots_needed is not UNSET:
            raise TypeError(f"AllocationSummary.slotsNeeded: expected int, got {type(slots_needed).__name__}")

        task_id = d.pop("taskId", UNSET)
        if type(task_id) is not str and task_id is not UNSET:
            raise TypeError(f"AllocationSummary.taskId: expected str, got {type(task_id).__name__}")

        allocation_summary = cls(
            allocation_id,
            name,
            priority,
            proxy_ports,
            registered_time,
            resource_pool,
            resources,
            scheduler_type,
            slots_needed,
            task_id,
        )

        allocation_summary.additional_properties = d if d else {}
        return allocation_summary

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
from ..models.proxy_port_config import ProxyPortConfig  # noqa: E402
from ..models.resources_summary import ResourcesSummary  # noqa: E402
