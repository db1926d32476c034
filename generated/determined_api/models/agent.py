from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Agent")


@_attrs_define
class Agent:
    """A machine (or Kubernetes node) that runs tasks for the master.

    Attributes:
        id (str): The agent's id; by default the host name it runs on.
        slot_stats (None | SlotStats):
        addresses (list[str] | Unset): The network addresses it reported.
        containers (AgentContainers | Unset): The containers it runs now, by container id.
        draining (bool | Unset): True while it finishes running work after a disable with drain.
        enabled (bool | Unset): False after disableAgent; no new work is placed on it.
        registered_time (datetime.datetime | None | Unset): When it connected to the master.
        resource_pools (list[str] | Unset): The resource pools it belongs to.
        slots (AgentSlots | Unset): Its slots (GPUs, or CPUs), by slot id.
        version (str | Unset):
    """

    id: str
    slot_stats: None | SlotStats
    addresses: list[str] | Unset = UNSET
    containers: AgentContainers | Unset = UNSET
    draining: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    registered_time: datetime.datetime | None | Unset = UNSET
    resource_pools: list[str] | Unset = UNSET
    slots: AgentSlots | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slot_stats: dict[str, Any] | None
        if isinstance(self.slot_stats, SlotStats):
            slot_stats = self.slot_stats.to_dict()
        else:
            slot_stats = self.slot_stats

        addresses: list[str] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = self.addresses

        containers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.containers, Unset):
            containers = self.containers.to_dict()

        draining = self.draining

        enabled = self.enabled

        registered_time: None | str | Unset
        if isinstance(self.registered_time, Unset):
            registered_time = UNSET
        elif isinstance(self.registered_time, datetime.datetime):
            registered_time = self.registered_time.isoformat()
        else:
            registered_time = self.registered_time

        resource_pools: list[str] | Unset = UNSET
        if not isinstance(self.resource_pools, Unset):
            resource_pools = self.resource_pools

        slots: dict[str, Any] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = self.slots.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "slotStats": slot_stats,
            }
        )
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if containers is not UNSET:
            field_dict["containers"] = containers
        if draining is not UNSET:
            field_dict["draining"] = draining
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if registered_time is not UNSET:
            field_dict["registeredTime"] = registered_time
        if resource_pools is not UNSET:
            field_dict["resourcePools"] = resource_pools
        if slots is not UNSET:
            field_dict["slots"] = slots
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not str:
            raise TypeError(f"Agent.id: expected str, got {type(id).__name__}")

        _slot_stats = d.pop("slotStats")
        slot_stats: None | SlotStats
        if _slot_stats is None:
            slot_stats = _slot_stats
        else:
            if not isinstance(_slot_stats, dict):
                raise TypeError(f"Agent.slotStats: expected object, got {type(_slot_stats).__name__}")
            slot_stats_type_0 = SlotStats.from_dict(_slot_stats)

            slot_stats = slot_stats_type_0

        _addresses = d.pop("addresses", UNSET)
        addresses: list[str] | Unset = UNSET
        if _addresses is not UNSET:
            if not isinstance(_addresses, list):
                raise TypeError(f"Agent.addresses: expected list, got {type(_addresses).__name__}")
            for addresses_item_data in _addresses:
                if type(addresses_item_data) is not str:
                    raise TypeError(f"Agent.addresses item: expected str, got {type(addresses_item_data).__name__}")
            addresses = _addresses

        _containers = d.pop("containers", UNSET)
        containers: AgentContainers | Unset
        if _containers is UNSET:
            containers = UNSET
        else:
            if not isinstance(_containers, dict):
                raise TypeError(f"Agent.containers: expected object, got {type(_containers).__name__}")
            containers = AgentContainers.from_dict(_containers)

        draining = d.pop("draining", UNSET)
        if type(draining) is not bool and draining is not UNSET:
            raise TypeError(f"Agent.draining: expected bool, got {type(draining).__name__}")

        enabled = d.pop("enabled", UNSET)
        if type(enabled) is not bool and enabled is not UNSET:
            raise TypeError(f"Agent.enabled: expected bool, got {type(enabled).__name__}")

        _registered_time = d.pop("registeredTime", UNSET)
        registered_time: datetime.datetime | None | Unset
        if _registered_time is None or _registered_time is UNSET:
            registered_time = _registered_time
        else:
            if type(_registered_time) is not str:
                raise TypeError(
                    f"Agent.registeredTime: expected str (date-time), got {type(_registered_time).__name__}"
                )
            registered_time_type_0 = datetime.datetime.fromisoformat(_registered_time)

            registered_time = registered_time_type_0

        _resource_pools = d.pop("resourcePools", UNSET)
        resource_pools: list[str] | Unset = UNSET
        if _resource_pools is not UNSET:
            if not isinstance(_resource_pools, list):
                raise TypeError(f"Agent.resourcePools: expected list, got {type(_resource_pools).__name__}")
            for resource_pools_item_data in _resource_pools:
                if type(resource_pools_item_data) is not str:
                    raise TypeError(
                        f"Agent.resourcePools item: expected str, got {type(resource_pools_item_data).__name__}"
                    )
            resource_pools = _resource_pools

        _slots = d.pop("slots", UNSET)
        slots: AgentSlots | Unset
        if _slots is UNSET:
            slots = UNSET
        else:
            if not isinstance(_slots, dict):
                raise TypeError(f"Agent.slots: expected object, got {type(_slots).__name__}")
            slots = AgentSlots.from_dict(_slots)

        version = d.pop("version", UNSET)
        if type(version) is not str and version is not UNSET:
            raise TypeError(f"Agent.version: expected str, got {type(version).__name__}")

        agent = cls(
            id,
            slot_stats,
            addresses,
            containers,
            draining,
            enabled,
            registered_time,
            resource_pools,
            slots,
            version,
        )

        agent.additional_properties = d if d else {}
        return agent

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
from ..models.agent_containers import AgentContainers  # noqa: E402
from ..models.agent_slots import AgentSlots  # noqa: E402
from ..models.slot_stats import SlotStats  # noqa: E402
