from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetKubernetesResourceQuotasResponseResourceQuotas")


@_attrs_define
class GetKubernetesResourceQuotasResponseResourceQuotas:
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, float) and not math.isfinite(prop):
                field_dict[prop_name] = "NaN" if math.isnan(prop) else ("Infinity" if prop > 0 else "-Infinity")
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        get_kubernetes_resource_quotas_response_resource_quotas = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property = prop_dict
            additional_property: float
            if type(_additional_property) is float or type(_additional_property) is int:
                additional_property = _additional_property
            elif _additional_property in ("NaN", "Infinity", "-Infinity"):
                additional_property = float(_additional_property)
            else:
                raise TypeError(
                    f"GetKubernetesResourceQuotasResponseResourceQuotas.*: expected number, got {type(_additional_property).__name__}"
                )

            additional_properties[prop_name] = additional_property

        get_kubernetes_resource_quotas_response_resource_quotas.additional_properties = additional_properties
        return get_kubernetes_resource_quotas_response_resource_quotas

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
