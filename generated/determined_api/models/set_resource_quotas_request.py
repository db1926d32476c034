from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetResourceQuotasRequest")


@_attrs_define
class SetResourceQuotasRequest:
    """
    Attributes:
        id (int):
        cluster_quota_pairs (SetResourceQuotasRequestClusterQuotaPairs | Unset):
    """

    id: int
    cluster_quota_pairs: SetResourceQuotasRequestClusterQuotaPairs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cluster_quota_pairs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster_quota_pairs, Unset):
            cluster_quota_pairs = self.cluster_quota_pairs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if cluster_quota_pairs is not UNSET:
            field_dict["clusterQuotaPairs"] = cluster_quota_pairs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError(f"SetResourceQuotasRequest.id: expected int, got {type(id).__name__}")

        _cluster_quota_pairs = d.pop("clusterQuotaPairs", UNSET)
        cluster_quota_pairs: SetResourceQuotasRequestClusterQuotaPairs | Unset
        if _cluster_quota_pairs is UNSET:
            cluster_quota_pairs = UNSET
        else:
            if not isinstance(_cluster_quota_pairs, dict):
                raise TypeError(
                    f"SetResourceQuotasRequest.clusterQuotaPairs: expected object, got {type(_cluster_quota_pairs).__name__}"
                )
            cluster_quota_pairs = SetResourceQuotasRequestClusterQuotaPairs.from_dict(_cluster_quota_pairs)

        set_resource_quotas_request = cls(
            id,
            cluster_quota_pairs,
        )

        set_resource_quotas_request.additional_properties = d if d else {}
        return set_resource_quotas_request

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
from ..models.set_resource_quotas_request_cluster_quota_pairs import SetResourceQuotasRequestClusterQuotaPairs  # noqa: E402
