from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetKubernetesResourceQuotasResponse")


@_attrs_define
class GetKubernetesResourceQuotasResponse:
    """
    Attributes:
        resource_quotas (GetKubernetesResourceQuotasResponseResourceQuotas):
    """

    resource_quotas: GetKubernetesResourceQuotasResponseResourceQuotas
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_quotas = self.resource_quotas.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceQuotas": resource_quotas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _resource_quotas = d.pop("resourceQuotas")
        if not isinstance(_resource_quotas, dict):
            raise TypeError(
                f"GetKubernetesResourceQuotasResponse.resourceQuotas: expected object, got {type(_resource_quotas).__name__}"
            )
        resource_quotas = GetKubernetesResourceQuotasResponseResourceQuotas.from_dict(_resource_quotas)

        get_kubernetes_resource_quotas_response = cls(
            resource_quotas,
        )

        get_kubernetes_resource_quotas_response.additional_properties = d if d else {}
        return get_kubernetes_resource_quotas_response

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
from ..models.get_kubernetes_resource_quotas_response_resource_quotas import (
    GetKubernetesResourceQuotasResponseResourceQuotas,  # noqa: E402
)
