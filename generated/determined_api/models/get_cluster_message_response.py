from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetClusterMessageResponse")


@_attrs_define
class GetClusterMessageResponse:
    """
    Attributes:
        cluster_message (ClusterMessage | Unset): A message admins show to every user for a while.
    """

    cluster_message: ClusterMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster_message, Unset):
            cluster_message = self.cluster_message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_message is not UNSET:
            field_dict["clusterMessage"] = cluster_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cluster_message = d.pop("clusterMessage", UNSET)
        cluster_message: ClusterMessage | Unset
        if _cluster_message is UNSET:
            cluster_message = UNSET
        else:
            if not isinstance(_cluster_message, dict):
                raise TypeError(
                    f"GetClusterMessageResponse.clusterMessage: expected object, got {type(_cluster_message).__name__}"
                )
            cluster_message = ClusterMessage.from_dict(_cluster_message)

        get_cluster_message_response = cls(
            cluster_message,
        )

        get_cluster_message_response.additional_properties = d if d else {}
        return get_cluster_message_response

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
from ..models.cluster_message import ClusterMessage  # noqa: E402
