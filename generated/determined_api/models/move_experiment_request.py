from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MoveExperimentRequest")


@_attrs_define
class MoveExperimentRequest:
    """
    Attributes:
        destination_project_id (int):
        experiment_id (int):
    """

    destination_project_id: int
    experiment_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_project_id = self.destination_project_id

        experiment_id = self.experiment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinationProjectId": destination_project_id,
                "experimentId": experiment_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination_project_id = d.pop("destinationProjectId")
        if type(destination_project_id) is not int:
            raise TypeError(
                f"MoveExperimentRequest.destinationProjectId: expected int, got {type(destination_project_id).__name__}"
            )

        experiment_id = d.pop("experimentId")
        if type(experiment_id) is not int:
            raise TypeError(f"MoveExperimentRequest.experimentId: expected int, got {type(experiment_id).__name__}")

        move_experiment_request = cls(
            destination_project_id,
            experiment_id,
        )

        move_experiment_request.additional_properties = d if d else {}
        return move_experiment_request

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
