from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.health_status import HealthStatus, check_health_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceManagerHealth")


@_attrs_define
class ResourceManagerHealth:
    """
    Attributes:
        cluster_name (str | Unset):
        status (HealthStatus | Unset): `up` or `down`.
    """

    cluster_name: str | Unset = UNSET
    status: HealthStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_name = self.cluster_name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_name is not UNSET:
            field_dict["cluster_name"] = cluster_name
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_name = d.pop("cluster_name", UNSET)
        if type(cluster_name) is not str and cluster_name is not UNSET:
            raise TypeError(f"ResourceManagerHealth.cluster_name: expected str, got {type(cluster_name).__name__}")

        _status = d.pop("status", UNSET)
        status: HealthStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            if type(_status) is not str:
                raise TypeError(f"ResourceManagerHealth.status: expected str, got {type(_status).__name__}")
            status = check_health_status(_status)

        resource_manager_health = cls(
            cluster_name,
            status,
        )

        resource_manager_health.additional_properties = d if d else {}
        return resource_manager_health

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
