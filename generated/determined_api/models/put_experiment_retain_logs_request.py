from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PutExperimentRetainLogsRequest")


@_attrs_define
class PutExperimentRetainLogsRequest:
    """
    Attributes:
        experiment_id (int):
        num_days (int): Days to keep the logs after each trial ends; -1 keeps them forever.
    """

    experiment_id: int
    num_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        num_days = self.num_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experimentId": experiment_id,
                "numDays": num_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        experiment_id = d.pop("experimentId")
        if type(experiment_id) is not int:
            raise TypeError(
                f"PutExperimentRetainLogsRequest.experimentId: expected int, got {type(experiment_id).__name__}"
            )

        num_days = d.pop("numDays")
        if type(num_days) is not int:
            raise TypeError(f"PutExperimentRetainLogsRequest.numDays: expected int, got {type(num_days).__name__}")

        put_experiment_retain_logs_request = cls(
            experiment_id,
            num_days,
        )

        put_experiment_retain_logs_request.additional_properties = d if d else {}
        return put_experiment_retain_logs_request

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
