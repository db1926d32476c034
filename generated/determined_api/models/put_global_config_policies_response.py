from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PutGlobalConfigPoliciesResponse")


@_attrs_define
class PutGlobalConfigPoliciesResponse:
    """
    Attributes:
        config_policies (None | PutGlobalConfigPoliciesResponseConfigPoliciesType0 | Unset):
    """

    config_policies: None | PutGlobalConfigPoliciesResponseConfigPoliciesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_policies: dict[str, Any] | None | Unset
        if isinstance(self.config_policies, Unset):
            config_policies = UNSET
        elif isinstance(self.config_policies, PutGlobalConfigPoliciesResponseConfigPoliciesType0):
            config_policies = self.config_policies.to_dict()
        else:
            config_policies = self.config_policies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config_policies is not UNSET:
            field_dict["configPolicies"] = config_policies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config_policies = d.pop("configPolicies", UNSET)
        config_policies: None | PutGlobalConfigPoliciesResponseConfigPoliciesType0 | Unset
        if _config_policies is None or _config_policies is UNSET:
            config_policies = _config_policies
        else:
            if not isinstance(_config_policies, dict):
                raise TypeError(
                    f"PutGlobalConfigPoliciesResponse.configPolicies: expected object, got {type(_config_policies).__name__}"
                )
            config_policies_type_0 = PutGlobalConfigPoliciesResponseConfigPoliciesType0.from_dict(_config_policies)

            config_policies = config_policies_type_0

        put_global_config_policies_response = cls(
            config_policies,
        )

        put_global_config_policies_response.additional_properties = d if d else {}
        return put_global_config_policies_response

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
from ..models.put_global_config_policies_response_config_policies_type_0 import (
    PutGlobalConfigPoliciesResponseConfigPoliciesType0,  # noqa: E402
)
