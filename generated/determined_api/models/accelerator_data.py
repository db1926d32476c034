from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcceleratorData")


@_attrs_define
class AcceleratorData:
    """
    Attributes:
        accelerator_type (str | Unset):
        accelerator_uuids (list[str] | Unset):
        allocation_id (str | Unset):
        container_id (str | Unset):
        node_name (str | Unset):
        resource_pool (str | Unset):
        task_id (str | Unset):
    """

    accelerator_type: str | Unset = UNSET
    accelerator_uuids: list[str] | Unset = UNSET
    allocation_id: str | Unset = UNSET
    container_id: str | Unset = UNSET
    node_name: str | Unset = UNSET
    resource_pool: str | Unset = UNSET
    task_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accelerator_type = self.accelerator_type

        accelerator_uuids: list[str] | Unset = UNSET
        if not isinstance(self.accelerator_uuids, Unset):
            accelerator_uuids = self.accelerator_uuids

        allocation_id = self.allocation_id

        container_id = self.container_id

        node_name = self.node_name

        resource_pool = self.resource_pool

        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accelerator_type is not UNSET:
            field_dict["acceleratorType"] = accelerator_type
        if accelerator_uuids is not UNSET:
            field_dict["acceleratorUuids"] = accelerator_uuids
        if allocation_id is not UNSET:
            field_dict["allocationId"] = allocation_id
        if container_id is not UNSET:
            field_dict["containerId"] = container_id
        if node_name is not UNSET:
            field_dict["nodeName"] = node_name
        if resource_pool is not UNSET:
            field_dict["resourcePool"] = resource_pool
        if task_id is not UNSET:
            field_dict["taskId"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accelerator_type = d.pop("acceleratorType", UNSET)
        if type(accelerator_type) is not str and accelerator_type is not UNSET:
            raise TypeError(f"AcceleratorData.acceleratorType: expected str, got {type(accelerator_type).__name__}")

        _accelerator_uuids = d.pop("acceleratorUuids", UNSET)
        accelerator_uuids: list[str] | Unset = UNSET
        if _accelerator_uuids is not UNSET:
            if not isinstance(_accelerator_uuids, list):
                raise TypeError(
                    f"AcceleratorData.acceleratorUuids: expected list, got {type(_accelerator_uuids).__name__}"
                )
            for accelerator_uuids_item_data in _accelerator_uuids:
                if type(accelerator_uuids_item_data) is not str:
                    raise TypeError(
                        f"AcceleratorData.acceleratorUuids item: expected str, got {type(accelerator_uuids_item_data).__name__}"
                    )
            accelerator_uuids = _accelerator_uuids

        allocation_id = d.pop("allocationId", UNSET)
        if type(allocation_id) is not str and allocation_id is not UNSET:
            raise TypeError(f"AcceleratorData.allocationId: expected str, got {type(allocation_id).__name__}")

        container_id = d.pop("containerId", UNSET)
        if type(container_id) is not str and container_id is not UNSET:
            raise TypeError(f"AcceleratorData.containerId: expected str, got {type(container_id).__name__}")

        node_name = d.pop("nodeName", UNSET)
        if type(node_name) is not str and node_name is not UNSET:
            raise TypeError(f"AcceleratorData.nodeName: expected str, got {type(node_name).__name__}")

        resource_pool = d.pop("resourcePool", UNSET)
        if type(resource_pool) is not str and resource_pool is not UNSET:
            raise TypeError(f"AcceleratorData.resourcePool: expected str, got {type(resource_pool).__name__}")

        task_id = d.pop("taskId", UNSET)
        if type(task_id) is not str and task_id is not UNSET:
            raise TypeError(f"AcceleratorData.taskId: expected str, got {type(task_id).__name__}")

        accelerator_data = cls(
            accelerator_type,
            accelerator_uuids,
            allocation_id,
            container_id,
            node_name,
            resource_pool,
            task_id,
        )

        accelerator_data.additional_properties = d if d else {}
        return accelerator_data

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
