from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_type import DeviceType, check_device_type
from ..models.fitting_policy import FittingPolicy, check_fitting_policy
from ..models.resource_pool_type import ResourcePoolType, check_resource_pool_type
from ..models.scheduler_type import SchedulerType, check_scheduler_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourcePool")


@_attrs_define
class ResourcePool:
    """
    Attributes:
        agent_docker_image (str):
        agent_docker_network (str):
        agent_docker_runtime (str):
        agent_fluent_image (str):
        aux_container_capacity (int):
        aux_container_capacity_per_agent (int):
        aux_containers_running (int):
        cluster_name (str):
        container_startup_script (str):
        default_aux_pool (bool):
        default_compute_pool (bool):
        description (str):
        details (None | ResourcePoolDetail):
        image_id (str):
        instance_type (str):
        location (str):
        master_cert_name (str):
        master_url (str):
        max_agent_starting_period (float):
        max_agents (int):
        max_idle_agent_period (float):
        min_agents (int):
        name (str):
        num_agents (int):
        preemptible (bool):
        resource_manager_metadata (ResourcePoolResourceManagerMetadata):
        scheduler_fitting_policy (FittingPolicy):
        scheduler_type (SchedulerType):
        slot_type (DeviceType):
        slots_available (int):
        slots_used (int):
        startup_script (str):
        type_ (ResourcePoolType):
        accelerator (str | Unset):
        slots_per_agent (int | Unset):
        stats (None | QueueStats | Unset):
    """

    agent_docker_image: str
    agent_docker_network: str
    agent_docker_runtime: str
    agent_fluent_image: str
    aux_container_capacity: int
    aux_container_capacity_per_agent: int
    aux_containers_running: int
    cluster_name: str
    container_startup_script: str
    default_aux_pool: bool
    default_compute_pool: bool
    description: str
    details: None | ResourcePoolDetail
    image_id: str
    instance_type: str
    location: str
    master_cert_name: str
    master_url: str
    max_agent_starting_period: float
    max_agents: int
    max_idle_agent_period: float
    min_agents: int
    name: str
    num_agents: int
    preemptible: bool
    resource_manager_metadata: ResourcePoolResourceManagerMetadata
    scheduler_fitting_policy: FittingPolicy
    scheduler_type: SchedulerType
    slot_type: DeviceType
    slots_available: int
    slots_used: int
    startup_script: str
    type_: ResourcePoolType
    accelerator: str | Unset = UNSET
    slots_per_agent: int | Unset = UNSET
    stats: None | QueueStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_docker_image = self.agent_docker_image

        agent_docker_network = self.agent_docker_network

        agent_docker_runtime = self.agent_docker_runtime

        agent_fluent_image = self.agent_fluent_image

        aux_container_capacity = self.aux_container_capacity

        aux_container_capacity_per_agent = self.aux_container_capacity_per_agent

        aux_containers_running = self.aux_containers_running

        cluster_name = self.cluster_name

        container_startup_script = self.container_startup_script

        default_aux_pool = self.default_aux_pool

        default_compute_pool = self.default_compute_pool

        description = self.description

        details: dict[str, Any] | None
        if isinstance(self.details, ResourcePoolDetail):
            details = self.details.to_dict()
        else:
            details = self.details

        image_id = self.image_id

        instance_type = self.instance_type

        location = self.location

        master_cert_name = self.master_cert_name

        master_url = self.master_url

        max_agent_starting_period: float | str
        if isinstance(self.max_agent_starting_period, float) and not math.isfinite(self.max_agent_starting_period):
            max_agent_starting_period = (
                "NaN"
                if math.isnan(self.max_agent_starting_period)
                else ("Infinity" if self.max_agent_starting_period > 0 else "-Infinity")
            )
        else:
            max_agent_starting_period = self.max_agent_starting_period

        max_agents = self.max_agents

        max_idle_agent_period: float | str
        if isinstance(self.max_idle_agent_period, float) and not math.isfinite(self.max_idle_agent_period):
            max_idle_agent_period = (
                "NaN"
                if math.isnan(self.max_idle_agent_period)
                else ("Infinity" if self.max_idle_agent_period > 0 else "-Infinity")
            )
        else:
            max_idle_agent_period = self.max_idle_agent_period

        min_agents = self.min_agents

        name = self.name

        num_agents = self.num_agents

        preemptible = self.preemptible

        resource_manager_metadata = self.resource_manager_metadata.to_dict()

        scheduler_fitting_policy: str = self.scheduler_fitting_policy

        scheduler_type: str = self.scheduler_type

        slot_type: str = self.slot_type

        slots_available = self.slots_available

        slots_used = self.slots_used

        startup_script = self.startup_script

        type_: str = self.type_

        accelerator = self.accelerator

        slots_per_agent = self.slots_per_agent

        stats: dict[str, Any] | None | Unset
        if isinstance(self.stats, Unset):
            stats = UNSET
        elif isinstance(self.stats, QueueStats):
            stats = self.stats.to_dict()
        else:
            stats = self.stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentDockerImage": agent_docker_image,
                "agentDockerNetwork": agent_docker_network,
                "agentDockerRuntime": agent_docker_runtime,
                "agentFluentImage": agent_fluent_image,
                "auxContainerCapacity": aux_container_capacity,
                "auxContainerCapacityPerAgent": aux_container_capacity_per_agent,
                "auxContainersRunning": aux_containers_running,
                "clusterName": cluster_name,
                "containerStartupScript": container_startup_script,
                "defaultAuxPool": default_aux_pool,
                "defaultComputePool": default_compute_pool,
                "description": description,
                "details": details,
                "imageId": image_id,
                "instanceType": instance_type,
                "location": location,
                "masterCertName": master_cert_name,
                "masterUrl": master_url,
                "maxAgentStartingPeriod": max_agent_starting_period,
                "maxAgents": max_agents,
                "maxIdleAgentPeriod": max_idle_agent_period,
                "minAgents": min_agents,
                "name": name,
                "numAgents": num_agents,
                "preemptible": preemptible,
                "resourceManagerMetadata": resource_manager_metadata,
                "schedulerFittingPolicy": scheduler_fitting_policy,
                "schedulerType": scheduler_type,
                "slotType": slot_type,
                "slotsAvailable": slots_available,
                "slotsUsed": slots_used,
                "startupScript": startup_script,
                "type": type_,
            }
        )
        if accelerator is not UNSET:
            field_dict["accelerator"] = accelerator
        if slots_per_agent is not UNSET:
            field_dict["slotsPerAgent"] = slots_per_agent
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_docker_image = d.pop("agentDockerImage")
        if type(agent_docker_image) is not str:
            raise TypeError(f"ResourcePool.agentDockerImage: expected str, got {type(agent_docker_image).__name__}")

        agent_docker_network = d.pop("agentDockerNetwork")
        if type(agent_docker_network) is not str:
            raise TypeError(f"ResourcePool.agentDockerNetwork: expected str, got {type(agent_docker_network).__name__}")

        agent_docker_runtime = d.pop("agentDockerRuntime")
        if type(agent_docker_runtime) is not str:
            raise TypeError(f"ResourcePool.agentDockerRuntime: expected str, got {type(agent_docker_runtime).__name__}")

        agent_fluent_image = d.pop("agentFluentImage")
        if type(agent_fluent_image) is not str:
            raise TypeError(f"ResourcePool.agentFluentImage: expected str, got {type(agent_fluent_image).__name__}")

        aux_container_capacity = d.pop("auxContainerCapacity")
        if type(aux_container_capacity) is not int:
            raise TypeError(
                f"ResourcePool.auxContainerCapacity: expected int, got {type(aux_container_capacity).__name__}"
            )

        aux_container_capacity_per_agent = d.pop("auxContainerCapacityPerAgent")
        if type(aux_container_capacity_per_agent) is not int:
            raise TypeError(
                f"ResourcePool.auxContainerCapacityPerAgent: expected int, got {type(aux_container_capacity_per_agent).__name__}"
            )

        aux_containers_running = d.pop("auxContainersRunning")
        if type(aux_containers_running) is not int:
            raise TypeError(
                f"ResourcePool.auxContainersRunning: expected int, got {type(aux_containers_running).__name__}"
            )

        cluster_name = d.pop("clusterName")
        if type(cluster_name) is not str:
            raise TypeError(f"ResourcePool.clusterName: expected str, got {type(cluster_name).__name__}")

        container_startup_script = d.pop("containerStartupScript")
        if type(container_startup_script) is not str:
            raise TypeError(
                f"ResourcePool.containerStartupScript: expected str, got {type(container_startup_script).__name__}"
            )

        default_aux_pool = d.pop("defaultAuxPool")
        if type(default_aux_pool) is not bool:
            raise TypeError(f"ResourcePool.defaultAuxPool: expected bool, got {type(default_aux_pool).__name__}")

        default_compute_pool = d.pop("defaultComputePool")
        if type(default_compute_pool) is not bool:
            raise TypeError(
                f"ResourcePool.defaultComputePool: expected bool, got {type(default_compute_pool).__name__}"
            )

        description = d.pop("description")
        if type(description) is not str:
            raise TypeError(f"ResourcePool.description: expected str, got {type(description).__name__}")

        _details = d.pop("details")
        details: None | ResourcePoolDetail
        if _details is None:
            details = _details
        else:
            if not isinstance(_details, dict):
                raise TypeError(f"ResourcePool.details: expected object, got {type(_details).__name__}")
            details_type_0 = ResourcePoolDetail.from_dict(_details)

            details = details_type_0

        image_id = d.pop("imageId")
        if type(image_id) is not str:
            raise TypeError(f"ResourcePool.imageId: expected str, got {type(image_id).__name__}")

        instance_type = d.pop("instanceType")
        if type(instance_type) is not str:
            raise TypeError(f"ResourcePool.instanceType: expected str, got {type(instance_type).__name__}")

        location = d.pop("location")
        if type(location) is not str:
            raise TypeError(f"ResourcePool.location: expected str, got {type(location).__name__}")

        master_cert_name = d.pop("masterCertName")
        if type(master_cert_name) is not str:
            raise TypeError(f"ResourcePool.masterCertName: expected str, got {type(master_cert_name).__name__}")

        master_url = d.pop("masterUrl")
        if type(master_url) is not str:
            raise TypeError(f"ResourcePool.masterUrl: expected str, got {type(master_url).__name__}")

        _max_agent_starting_period = d.pop("maxAgentStartingPeriod")
        max_agent_starting_period: float
        if type(_max_agent_starting_period) is float or type(_max_agent_starting_period) is int:
            max_agent_starting_period = _max_agent_starting_period
        elif _max_agent_starting_period in ("NaN", "Infinity", "-Infinity"):
            max_agent_starting_period = float(_max_agent_starting_period)
        else:
            raise TypeError(
                f"ResourcePool.maxAgentStartingPeriod: expected number, got {type(_max_agent_starting_period).__name__}"
            )

        max_agents = d.pop("maxAgents")
        if type(max_agents) is not int:
            raise TypeError(f"ResourcePool.maxAgents: expected int, got {type(max_agents).__name__}")

        _max_idle_agent_period = d.pop("maxIdleAgentPeriod")
        max_idle_agent_period: float
        if type(_max_idle_agent_period) is float or type(_max_idle_agent_period) is int:
            max_idle_agent_period = _max_idle_agent_period
        elif _max_idle_agent_period in ("NaN", "Infinity", "-Infinity"):
            max_idle_agent_period = float(_max_idle_agent_period)
        else:
            raise TypeError(
                f"ResourcePool.maxIdleAgentPeriod: expected number, got {type(_max_idle_agent_period).__name__}"
            )

        min_agents = d.pop("minAgents")
        if type(min_agents) is not int:
            raise TypeError(f"ResourcePool.minAgents: expected int, got {type(min_agents).__name__}")

        name = d.pop("name")
        if type(name) is not str:
            raise TypeError(f"ResourcePool.name: expected str, got {type(name).__name__}")

        num_agents = d.pop("numAgents")
        if type(num_agents) is not int:
            raise TypeError(f"ResourcePool.numAgents: expected int, got {type(num_agents).__name__}")

        preemptible = d.pop("preemptible")
        if type(preemptible) is not bool:
            raise TypeError(f"ResourcePool.preemptible: expected bool, got {type(preemptible).__name__}")

        _resource_manager_metadata = d.pop("resourceManagerMetadata")
        if not isinstance(_resource_manager_metadata, dict):
            raise TypeError(
                f"ResourcePool.resourceManagerMetadata: expected object, got {type(_resource_manager_metadata).__name__}"
            )
        resource_manager_metadata = ResourcePoolResourceManagerMetadata.from_dict(_resource_manager_metadata)

        _scheduler_fitting_policy = d.pop("schedulerFittingPolicy")
        if type(_scheduler_fitting_policy) is not str:
            raise TypeError(
                f"ResourcePool.schedulerFittingPolicy: expected str, got {type(_scheduler_fitting_policy).__name__}"
            )
        scheduler_fitting_policy = check_fitting_policy(_scheduler_fitting_policy)

        _scheduler_type = d.pop("schedulerType")
        if type(_scheduler_type) is not str:
            raise TypeError(f"ResourcePool.schedulerType: expected str, got {type(_scheduler_type).__name__}")
        scheduler_type = check_scheduler_type(_scheduler_type)

        _slot_type = d.pop("slotType")
        if type(_slot_type) is not str:
            raise TypeError(f"ResourcePool.slotType: expected str, got {type(_slot_type).__name__}")
        slot_type = check_device_type(_slot_type)

        slots_available = d.pop("slotsAvailable")
        if type(slots_available) is not int:
            raise TypeError(f"ResourcePool.slotsAvailable: expected int, got {type(slots_available).__name__}")

        slots_used = d.pop("slotsUsed")
        if type(slots_used) is not int:
            raise TypeError(f"ResourcePool.slotsUsed: expected int, got {type(slots_used).__name__}")

        startup_script = d.pop("startupScript")
        if type(startup_script) is not str:
            raise TypeError(f"ResourcePool.startupScript: expected str, got {type(startup_script).__name__}")

        _type_ = d.pop("type")
        if type(_type_) is not str:
            raise TypeError(f"ResourcePool.type: expected str, got {type(_type_).__name__}")
        type_ = check_resource_pool_type(_type_)

        accelerator = d.pop("accelerator", UNSET)
        if type(accelerator) is not str and accelerator is not UNSET:
            raise TypeError(f"ResourcePool.accelerator: expected str, got {type(accelerator).__name__}")

        slots_per_agent = d.pop("slotsPerAgent", UNSET)
        if type(slots_per_agent) is not int and slots_per_agent is not UNSET:
            raise TypeError(f"ResourcePool.slotsPerAgent: expected int, got {type(slots_per_agent).__name__}")

        _stats = d.pop("stats", UNSET)
        stats: None | QueueStats | Unset
        if _stats is None or _stats is UNSET:
            stats = _stats
        else:
            if not isinstance(_stats, dict):
                raise TypeError(f"ResourcePool.stats: expected object, got {type(_stats).__name__}")
            stats_type_0 = QueueStats.from_dict(_stats)

            stats = stats_type_0

        resource_pool = cls(
            agent_docker_image,
            agent_docker_network,
            agent_docker_runtime,
            agent_fluent_image,
            aux_container_capacity,
            aux_container_capacity_per_agent,
            aux_containers_running,
            cluster_name,
            container_startup_script,
            default_aux_pool,
            default_compute_pool,
            description,
            details,
            image_id,
            instance_type,
            location,
            master_cert_name,
            master_url,
            max_agent_starting_period,
            max_agents,
            max_idle_agent_period,
            min_agents,
            name,
            num_agents,
            preemptible,
            resource_manager_metadata,
            scheduler_fitting_policy,
            scheduler_type,
            slot_type,
            slots_available,
            slots_used,
            startup_script,
            type_,
            accelerator,
            slots_per_agent,
            stats,
        )

        resource_pool.additional_properties = d if d else {}
        return resource_pool

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
from ..models.queue_stats import QueueStats  # noqa: E402
from ..models.resource_pool_detail import ResourcePoolDetail  # noqa: E402
from ..models.resource_pool_resource_manager_metadata import ResourcePoolResourceManagerMetadata  # noqa: E402
