from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostAllocationAcceleratorDataRequest")


@_attrs_define
class PostAllocationAcceleratorDataRequest:
    """
    Attributes:
        accelerator_data (AcceleratorData | None):
        allocation_id (str):
    """

    accelerator_data: AcceleratorData | None
    allocation_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accelerator_data: dict[str, Any] | None
        if isinstance(self.accelerator_data, AcceleratorData):
            accelerator_data = self.accelerator_data.to_dict()
        else:
            accelerator_data = self.accelerator_data

        allocation_id = self.allocation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acceleratorData": accelerator_data,
                "allocationId": allocation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _accelerator_data = d.pop("acceleratorData")
        accelerator_data: AcceleratorData | None
        if _accelerator_data is None:
            accelerator_data = _accelerator_data
        else:
            if not isinstance(_accelerator_data, dict):
                raise TypeError(
                    f"PostAllocationAcceleratorDataRequest.acceleratorData: expected object, got {type(_accelerator_data).__name__}"
                )
            accelerator_data_type_0 = AcceleratorData.from_dict(_accelerator_data)

            accelerator_data = accelerator_data_type_0

        allocation_id = d.pop("allocationId")
        if type(allocation_id) is not str:
            raise TypeError(
                f"PostAllocationAcceleratorDataRequest.allocationId: expected str, got {type(allocation_id).__name__}"
            )

        post_allocation_accelerator_data_request = cls(
            accelerator_data,
            allocation_id,
        )

        post_allocation_accelerator_data_request.additional_properties = d if d else {}
        return post_allocation_accelerator_data_request

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
from ..models.accelerator_data import AcceleratorData  # noqa: E402
