from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourcePoolGcpDetail")


@_attrs_define
class ResourcePoolGcpDetail:
    """
    Attributes:
        boot_disk_size (int):
        boot_disk_source_image (str):
        external_ip (bool):
        gpu_num (int):
        gpu_type (str):
        label_key (str):
        label_value (str):
        machine_type (str):
        name_prefix (str):
        network (str):
        operation_timeout_period (float):
        preemptible (bool):
        project (str):
        service_account_email (str):
        service_account_scopes (list[str]):
        zone (str):
        network_tags (list[str] | Unset):
        subnetwork (str | Unset):
    """

    boot_disk_size: int
    boot_disk_source_image: str
    external_ip: bool
    gpu_num: int
    gpu_type: str
    label_key: str
    label_value: str
    machine_type: str
    name_prefix: str
    network: str
    operation_timeout_period: float
    preemptible: bool
    project: str
    service_account_email: str
    service_account_scopes: list[str]
    zone: str
    network_tags: list[str] | Unset = UNSET
    subnetwork: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        boot_disk_size = self.boot_disk_size

        boot_disk_source_image = self.boot_disk_source_image

        external_ip = self.external_ip

        gpu_num = self.gpu_num

        gpu_type = self.gpu_type

        label_key = self.label_key

        label_value = self.label_value

        machine_type = self.machine_type

        name_prefix = self.name_prefix

        network = self.network

        operation_timeout_period: float | str
        if isinstance(self.operation_timeout_period, float) and not math.isfinite(self.operation_timeout_period):
            operation_timeout_period = (
                "NaN"
                if math.isnan(self.operation_timeout_period)
                else ("Infinity" if self.operation_timeout_period > 0 else "-Infinity")
            )
        else:
            operation_timeout_period = self.operation_timeout_period

        preemptible = self.preemptible

        project = self.project

        service_account_email = self.service_account_email

        service_account_scopes = self.service_account_scopes

        zone = self.zone

        network_tags: list[str] | Unset = UNSET
        if not isinstance(self.network_tags, Unset):
            network_tags = self.network_tags

        subnetwork = self.subnetwork

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bootDiskSize": boot_disk_size,
                "bootDiskSourceImage": boot_disk_source_image,
                "externalIp": external_ip,
                "gpuNum": gpu_num,
                "gpuType": gpu_type,
                "labelKey": label_key,
                "labelValue": label_value,
                "machineType": machine_type,
                "namePrefix": name_prefix,
                "network": network,
                "operationTimeoutPeriod": operation_timeout_period,
                "preemptible": preemptible,
                "project": project,
                "serviceAccountEmail": service_account_email,
                "serviceAccountScopes": service_account_scopes,
                "zone": zone,
            }
        )
        if network_tags is not UNSET:
            field_dict["networkTags"] = network_tags
        if subnetwork is not UNSET:
            field_dict["subnetwork"] = subnetwork

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        boot_disk_size = d.pop("bootDiskSize")
        if type(boot_disk_size) is not int:
            raise TypeError(f"ResourcePoolGcpDetail.bootDiskSize: expected int, got {type(boot_disk_size).__name__}")

        boot_disk_source_image = d.pop("bootDiskSourceImage")
        if type(boot_disk_source_image) is not str:
            raise TypeError(
                f"ResourcePoolGcpDetail.bootDiskSourceImage: expected str, got {type(boot_disk_source_image).__name__}"
            )

        external_ip = d.pop("externalIp")
        if type(external_ip) is not bool:
            raise TypeError(f"ResourcePoolGcpDetail.externalIp: expected bool, got {type(external_ip).__name__}")

        gpu_num = d.pop("gpuNum")
        if type(gpu_num) is not int:
            raise TypeError(f"ResourcePoolGcpDetail.gpuNum: expected int, got {type(gpu_num).__name__}")

        gpu_type = d.pop("gpuType")
        if type(gpu_type) is not str:
            raise TypeError(f"ResourcePoolGcpDetail.gpuType: expected str, got {type(gpu_type).__name__}")

        label_key = d.pop("labelKey")
        if type(label_key) is not str:
            raise TypeError(f"ResourcePoolGcpDetail.labelKey: expected str, got {type(label_key).__name__}")

        label_value = d.pop("labelValue")
        if type(label_value) is not str:
            raise TypeError(f"ResourcePoolGcpDetail.labelValue: expected str, got {type(label_value).__name__}")

        machine_type = d.pop("machineType")
        if type(machine_type) is not str:
            raise TypeError(f"ResourcePoolGcpDetail.machineType: expected str, got {type(machine_type).__name__}")

        name_prefix = d.pop("namePrefix")
        if type(name_prefix) is not str:
            raise TypeError(f"ResourcePoolGcpDetail.namePrefix: expected str, got {type(name_prefix).__name__}")

        network = d.pop("network")
        if type(network) is not str:
            raise TypeError(f"ResourcePoolGcpDetail.network: expected str, got {type(network).__name__}")

        _operation_timeout_period = d.pop("operationTimeoutPeriod")
        operation_timeout_period: float
        if type(_operation_timeout_period) is float or type(_operation_timeout_period) is int:
            operation_timeout_period = _operation_timeout_period
        elif _operation_timeout_period in ("NaN", "Infinity", "-Infinity"):
            operation_timeout_period = float(_operation_timeout_period)
        else:
            raise TypeError(
                f"ResourcePoolGcpDetail.operationTimeoutPeriod: expected number, got {type(_operation_timeout_period).__name__}"
            )

        preemptible = d.pop("preemptible")
        if type(preemptible) is not bool:
            raise TypeError(f"ResourcePoolGcpDetail.preemptible: expected bool, got {type(preemptible).__name__}")

        project = d.pop("project")
        if type(project) is not str:
            raise TypeError(f"ResourcePoolGcpDetail.project: expected str, got {type(project).__name__}")

        service_account_email = d.pop("serviceAccountEmail")
        if type(service_account_email) is not str:
            raise TypeError(
                f"ResourcePoolGcpDetail.serviceAccountEmail: expected str, got {type(service_account_email).__name__}"
            )

        _service_account_scopes = d.pop("serviceAccountScopes")
        if not isinstance(_service_account_scopes, list):
            raise TypeError(
                f"ResourcePoolGcpDetail.serviceAccountScopes: expected list, got {type(_service_account_scopes).__name__}"
            )
        for service_account_scopes_item_data in _service_account_scopes:
            if type(service_account_scopes_item_data) is not str:
                raise TypeError(
                    f"ResourcePoolGcpDetail.serviceAccountScopes item: expected str, got {type(service_account_scopes_item_data).__name__}"
                )
        service_account_scopes: list[str] = _service_account_scopes

        zone = d.pop("zone")
        if type(zone) is not str:
            raise TypeError(f"ResourcePoolGcpDetail.zone: expected str, got {type(zone).__name__}")

        _network_tags = d.pop("networkTags", UNSET)
        network_tags: list[str] | Unset = UNSET
        if _network_tags is not UNSET:
            if not isinstance(_network_tags, list):
                raise TypeError(f"ResourcePoolGcpDetail.networkTags: expected list, got {type(_network_tags).__name__}")
            for network_tags_item_data in _network_tags:
                if type(network_tags_item_data) is not str:
                    raise TypeError(
                        f"ResourcePoolGcpDetail.networkTags item: expected str, got {type(network_tags_item_data).__name__}"
                    )
            network_tags = _network_tags

        subnetwork = d.pop("subnetwork", UNSET)
        if type(subnetwork) is not str and subnetwork is not UNSET:
            raise TypeError(f"ResourcePoolGcpDetail.subnetwork: expected str, got {type(subnetwork).__name__}")

        resource_pool_gcp_detail = cls(
            boot_disk_size,
            boot_disk_source_image,
            external_ip,
            gpu_num,
            gpu_type,
            label_key,
            label_value,
            machine_type,
            name_prefix,
            network,
            operation_timeout_period,
            preemptible,
            project,
            service_account_email,
            service_account_scopes,
            zone,
            network_tags,
            subnetwork,
        )

        resource_pool_gcp_detail.additional_properties = d if d else {}
        return resource_pool_gcp_detail

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
