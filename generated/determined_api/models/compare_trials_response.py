from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CompareTrialsResponse")


@_attrs_define
class CompareTrialsResponse:
    """
    Attributes:
        trials (list[ComparableTrial]):
    """

    trials: list[ComparableTrial]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trials = []
        for trials_item_data in self.trials:
            trials_item = trials_item_data.to_dict()
            trials.append(trials_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trials": trials,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _trials = d.pop("trials")
        if not isinstance(_trials, list):
            raise TypeError(f"CompareTrialsResponse.trials: expected list, got {type(_trials).__name__}")
        trials = []
        for trials_item_data in _trials:
            if not isinstance(trials_item_data, dict):
                raise TypeError(
                    f"CompareTrialsResponse.trials item: expected object, got {type(trials_item_data).__name__}"
                )
            trials_item = ComparableTrial.from_dict(trials_item_data)

            trials.append(trials_item)

        compare_trials_response = cls(
            trials,
        )

        compare_trials_response.additional_properties = d if d else {}
        return compare_trials_response

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
from ..models.comparable_trial import ComparableTrial  # noqa: E402
