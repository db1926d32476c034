from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetTaskAcceleratorDataResponse")


@_attrs_define
class GetTaskAcceleratorDataResponse:
    """
    Attributes:
        accelerator_data (list[AcceleratorData]):
    """

    accelerator_data: list[AcceleratorData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accelerator_data = []
        for accelerator_data_item_data in self.accelerator_data:
            accelerator_data_item = accelerator_data_item_data.to_dict()
            accelerator_data.append(accelerator_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acceleratorData": accelerator_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _accelerator_data = d.pop("acceleratorData")
        if not isinstance(_accelerator_data, list):
            raise TypeError(
                f"GetTaskAcceleratorDataResponse.acceleratorData: expected list, got {type(_accelerator_data).__name__}"
            )
        accelerator_data = []
        for accelerator_data_item_data in _accelerator_data:
            if not isinstance(accelerator_data_item_data, dict):
                raise TypeError(
                    f"GetTaskAcceleratorDataResponse.acceleratorData item: expected object, got {type(accelerator_data_item_data).__name__}"
                )
            accelerator_data_item = AcceleratorData.from_dict(accelerator_data_item_data)

            accelerator_data.append(accelerator_data_item)

        get_task_accelerator_data_response = cls(
            accelerator_data,
        )

        get_task_accelerator_data_response.additional_properties = d if d else {}
        return get_task_accelerator_data_response

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
