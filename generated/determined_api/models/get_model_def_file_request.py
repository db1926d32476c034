from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetModelDefFileRequest")


@_attrs_define
class GetModelDefFileRequest:
    """
    Attributes:
        experiment_id (int | Unset):
        path (str | Unset):
    """

    experiment_id: int | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experiment_id is not UNSET:
            field_dict["experimentId"] = experiment_id
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        experiment_id = d.pop("experimentId", UNSET)
        if type(experiment_id) is not int and experiment_id is not UNSET:
            raise TypeError(f"GetModelDefFileRequest.experimentId: expected int, got {type(experiment_id).__name__}")

        path = d.pop("path", UNSET)
        if type(path) is not str and path is not UNSET:
            raise TypeError(f"GetModelDefFileRequest.path: expected str, got {type(path).__name__}")

        get_model_def_file_request = cls(
            experiment_id,
            path,
        )

        get_model_def_file_request.additional_properties = d if d else {}
        return get_model_def_file_request

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
