from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourcesSummary")


@_attrs_define
class ResourcesSummary:
    """
    Attributes:
        agent_devices (ResourcesSummaryAgentDevices | Unset):
        allocation_id (str | Unset):
        container_id (str | Unset):
        exited (ResourcesStopped | Unset):
        resources_id (str | Unset):
        resources_type (str | Unset):
        started (ResourcesStarted | Unset):
    """

    agent_devices: ResourcesSummaryAgentDevices | Unset = UNSET
    allocation_id: str | Unset = UNSET
    container_id: str | Unset = UNSET
    exited: ResourcesStopped | Unset = UNSET
    resources_id: str | Unset = UNSET
    resources_type: str | Unset = UNSET
    started: ResourcesStarted | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_devices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_devices, Unset):
            agent_devices = self.agent_devices.to_dict()

        allocation_id = self.allocation_id

        container_id = self.container_id

        exited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exited, Unset):
            exited = self.exited.to_dict()

        resources_id = self.resources_id

        resources_type = self.resources_type

        started: dict[str, Any] | Unset = UNSET
        if not isinstance(self.started, Unset):
            started = self.started.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_devices is not UNSET:
            field_dict["agentDevices"] = agent_devices
        if allocation_id is not UNSET:
            field_dict["allocationId"] = allocation_id
        if container_id is not UNSET:
            field_dict["containerId"] = container_id
        if exited is not UNSET:
            field_dict["exited"] = exited
        if resources_id is not UNSET:
            field_dict["resourcesId"] = resources_id
        if resources_type is not UNSET:
            field_dict["resourcesType"] = resources_type
        if started is not UNSET:
            field_dict["started"] = started

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _agent_devices = d.pop("agentDevices", UNSET)
        agent_devices: ResourcesSummaryAgentDevices | Unset
        if _agent_devices is UNSET:
            agent_devices = UNSET
        else:
            if not isinstance(_agent_devices, dict):
                raise TypeError(f"ResourcesSummary.agentDevices: expected object, got {type(_agent_devices).__name__}")
            agent_devices = ResourcesSummaryAgentDevices.from_dict(_agent_devices)

        allocation_id = d.pop("allocationId", UNSET)
        if type(allocation_id) is not str and allocation_id is not UNSET:
            raise TypeError(f"ResourcesSummary.allocationId: expected str, got {type(allocation_id).__name__}")

        container_id = d.pop("containerId", UNSET)
        if type(container_id) is not str and container_id is not UNSET:
            raise TypeError(f"ResourcesSummary.containerId: expected str, got {type(container_id).__name__}")

        _exited = d.pop("exited", UNSET)
        exited: ResourcesStopped | Unset
        if _exited is UNSET:
            exited = UNSET
        else:
            if not isinstance(_exited, dict):
                raise TypeError(f"ResourcesSummary.exited: expected object, got {type(_exited).__name__}")
            exited = ResourcesStopped.from_dict(_exited)

        resources_id = d.pop("resourcesId", UNSET)
        if type(resources_id) is not str and resources_id is not UNSET:
            raise TypeError(f"ResourcesSummary.resourcesId: expected str, got {type(resources_id).__name__}")

        resources_type = d.pop("resourcesType", UNSET)
        if type(resources_type) is not str and resources_type is not UNSET:
            raise TypeError(f"ResourcesSummary.resourcesType: expected str, got {type(resources_type).__name__}")

        _started = d.pop("started", UNSET)
        started: ResourcesStarted | Unset
        if _started is UNSET:
            started = UNSET
        else:
            if not isinstance(_started, dict):
                raise TypeError(f"ResourcesSummary.started: expected object, got {type(_started).__name__}")
            started = ResourcesStarted.from_dict(_started)

        resources_summary = cls(
            agent_devices,
            allocation_id,
            container_id,
            exited,
            resources_id,
            resources_type,
            started,
        )

        resources_summary.additional_properties = d if d else {}
        return resources_summary

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
from ..models.resources_started import ResourcesStarted  # noqa: E402
from ..models.resources_stopped import ResourcesStopped  # noqa: E402
from ..models.resources_summary_agent_devices import ResourcesSummaryAgentDevices  # noqa: E402
