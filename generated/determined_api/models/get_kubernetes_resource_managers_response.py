from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetKubernetesResourceManagersResponse")


@_attrs_define
class GetKubernetesResourceManagersResponse:
    """
    Attributes:
        resource_managers (list[str]):
    """

    resource_managers: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_managers = self.resource_managers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceManagers": resource_managers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _resource_managers = d.pop("resourceManagers")
        if not isinstance(_resource_managers, list):
            raise TypeError(
                f"GetKubernetesResourceManagersResponse.resourceManagers: expected list, got {type(_resource_managers).__name__}"
            )
        for resource_managers_item_data in _resource_managers:
            if type(resource_managers_item_data) is not str:
                raise TypeError(
                    f"GetKubernetesResourceManagersResponse.resourceManagers item: expected str, got {type(resource_managers_item_data).__name__}"
                )
        resource_managers: list[str] = _resource_managers

        get_kubernetes_resource_managers_response = cls(
            resource_managers,
        )

        get_kubernetes_resource_managers_response.additional_properties = d if d else {}
        return get_kubernetes_resource_managers_response

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
