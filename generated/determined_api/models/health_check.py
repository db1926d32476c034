from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.health_status import HealthStatus, check_health_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="HealthCheck")


@_attrs_define
class HealthCheck:
    """The master's health (`/health`); `status` is `down` as soon as the database or a resource manager is.

    Attributes:
        database (HealthStatus | Unset): `up` or `down`.
        resource_managers (list[ResourceManagerHealth] | Unset): The health of each resource manager, by cluster name.
        status (HealthStatus | Unset): `up` or `down`.
    """

    database: HealthStatus | Unset = UNSET
    resource_managers: list[ResourceManagerHealth] | Unset = UNSET
    status: HealthStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database: str | Unset = UNSET
        if not isinstance(self.database, Unset):
            database = self.database

        resource_managers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resource_managers, Unset):
            resource_managers = []
            for resource_managers_item_data in self.resource_managers:
                resource_managers_item = resource_managers_item_data.to_dict()
                resource_managers.append(resource_managers_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if database is not UNSET:
            field_dict["database"] = database
        if resource_managers is not UNSET:
            field_dict["resource_managers"] = resource_managers
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _database = d.pop("database", UNSET)
        database: HealthStatus | Unset
        if _database is UNSET:
            database = UNSET
        else:
            if type(_database) is not str:
                raise TypeError(f"HealthCheck.database: expected str, got {type(_database).__name__}")
            database = check_health_status(_database)

        _resource_managers = d.pop("resource_managers", UNSET)
        resource_managers: list[ResourceManagerHealth] | Unset = UNSET
        if _resource_managers is not UNSET:
            if not isinstance(_resource_managers, list):
                raise TypeError(
                    f"HealthCheck.resource_managers: expected list, got {type(_resource_managers).__name__}"
                )
            resource_managers = []
            for resource_managers_item_data in _resource_managers:
                if not isinstance(resource_managers_item_data, dict):
                    raise TypeError(
                        f"HealthCheck.resource_managers item: expected object, got {type(resource_managers_item_data).__name__}"
                    )
                resource_managers_item = ResourceManagerHealth.from_dict(resource_managers_item_data)

                resource_managers.append(resource_managers_item)

        _status = d.pop("status", UNSET)
        status: HealthStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            if type(_status) is not str:
                raise TypeError(f"HealthCheck.status: expected str, got {type(_status).__name__}")
            status = check_health_status(_status)

        health_check = cls(
            database,
            resource_managers,
            status,
        )

        health_check.additional_properties = d if d else {}
        return health_check

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
from ..models.resource_manager_health import ResourceManagerHealth  # noqa: E402
