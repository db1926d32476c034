from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteExperimentLabelResponse")


@_attrs_define
class DeleteExperimentLabelResponse:
    """
    Attributes:
        labels (list[str]):
    """

    labels: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labels": labels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _labels = d.pop("labels")
        if not isinstance(_labels, list):
            raise TypeError(f"DeleteExperimentLabelResponse.labels: expected list, got {type(_labels).__name__}")
        for labels_item_data in _labels:
            if type(labels_item_data) is not str:
                raise TypeError(
                    f"DeleteExperimentLabelResponse.labels item: expected str, got {type(labels_item_data).__name__}"
                )
        labels: list[str] = _labels

        delete_experiment_label_response = cls(
            labels,
        )

        delete_experiment_label_response.additional_properties = d if d else {}
        return delete_experiment_label_response

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
