from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PutGlobalConfigPoliciesRequest")


@_attrs_define
class PutGlobalConfigPoliciesRequest:
    """
    Attributes:
        config_policies (str):
        workload_type (str):
    """

    config_policies: str
    workload_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_policies = self.config_policies

        workload_type = self.workload_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configPolicies": config_policies,
                "workloadType": workload_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config_policies = d.pop("configPolicies")
        if type(config_policies) is not str:
            raise TypeError(
                f"PutGlobalConfigPoliciesRequest.configPolicies: expected str, got {type(config_policies).__name__}"
            )

        workload_type = d.pop("workloadType")
        if type(workload_type) is not str:
            raise TypeError(
                f"PutGlobalConfigPoliciesRequest.workloadType: expected str, got {type(workload_type).__name__}"
            )

        put_global_config_policies_request = cls(
            config_policies,
            workload_type,
        )

        put_global_config_policies_request.additional_properties = d if d else {}
        return put_global_config_policies_request

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
