from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetExperimentValidationHistoryResponse")


@_attrs_define
class GetExperimentValidationHistoryResponse:
    """
    Attributes:
        validation_history (list[ValidationHistoryEntry] | Unset):
    """

    validation_history: list[ValidationHistoryEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        validation_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation_history, Unset):
            validation_history = []
            for validation_history_item_data in self.validation_history:
                validation_history_item = validation_history_item_data.to_dict()
                validation_history.append(validation_history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if validation_history is not UNSET:
            field_dict["validationHistory"] = validation_history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _validation_history = d.pop("validationHistory", UNSET)
        validation_history: list[ValidationHistoryEntry] | Unset = UNSET
        if _validation_history is not UNSET:
            if not isinstance(_validation_history, list):
                raise TypeError(
                    f"GetExperimentValidationHistoryResponse.validationHistory: expected list, got {type(_validation_history).__name__}"
                )
            validation_history = []
            for validation_history_item_data in _validation_history:
                if not isinstance(validation_history_item_data, dict):
                    raise TypeError(
                        f"GetExperimentValidationHistoryResponse.validationHistory item: expected object, got {type(validation_history_item_data).__name__}"
                    )
                validation_history_item = ValidationHistoryEntry.from_dict(validation_history_item_data)

                validation_history.append(validation_history_item)

        get_experiment_validation_history_response = cls(
            validation_history,
        )

        get_experiment_validation_history_response.additional_properties = d if d else {}
        return get_experiment_validation_history_response

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
from ..models.validation_history_entry import ValidationHistoryEntry  # noqa: E402
