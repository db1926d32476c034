from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllocationAllGatherRequest")


@_attrs_define
class AllocationAllGatherRequest:
    """
    Attributes:
        allocation_id (str):
        data (AllocationAllGatherRequestDataType0 | None):
        num_peers (int | Unset):
        request_uuid (str | Unset):
    """

    allocation_id: str
    data: AllocationAllGatherRequestDataType0 | None
    num_peers: int | Unset = UNSET
    request_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocation_id = self.allocation_id

        data: dict[str, Any] | None
        if isinstance(self.data, AllocationAllGatherRequestDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        num_peers = self.num_peers

        request_uuid = self.request_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allocationId": allocation_id,
                "data": data,
            }
        )
        if num_peers is not UNSET:
            field_dict["numPeers"] = num_peers
        if request_uuid is not UNSET:
            field_dict["requestUuid"] = request_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allocation_id = d.pop("allocationId")
        if type(allocation_id) is not str:
            raise TypeError(
                f"AllocationAllGatherRequest.allocationId: expected str, got {type(allocation_id).__name__}"
            )

        _data = d.pop("data")
        data: AllocationAllGatherRequestDataType0 | None
        if _data is None:
            data = _data
        else:
            if not isinstance(_data, dict):
                raise TypeError(f"AllocationAllGatherRequest.data: expected object, got {type(_data).__name__}")
            data_type_0 = AllocationAllGatherRequestDataType0.from_dict(_data)

            data = data_type_0

        num_peers = d.pop("numPeers", UNSET)
        if type(num_peers) is not int and num_peers is not UNSET:
            raise TypeError(f"AllocationAllGatherRequest.numPeers: expected int, got {type(num_peers).__name__}")

        request_uuid = d.pop("requestUuid", UNSET)
        if type(request_uuid) is not str and request_uuid is not UNSET:
            raise TypeError(f"AllocationAllGatherRequest.requestUuid: expected str, got {type(request_uuid).__name__}")

        allocation_all_gather_request = cls(
            allocation_id,
            data,
            num_peers,
            request_uuid,
        )

        allocation_all_gather_request.additional_properties = d if d else {}
        return allocation_all_gather_request

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
from ..models.allocation_all_gather_request_data_type_0 import AllocationAllGatherRequestDataType0  # noqa: E402
