from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateTrialResponse")


@_attrs_define
class CreateTrialResponse:
    """
    Attributes:
        trial (None | Trial):
    """

    trial: None | Trial
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trial: dict[str, Any] | None
        if isinstance(self.trial, Trial):
            trial = self.trial.to_dict()
        else:
            trial = self.trial

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trial": trial,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _trial = d.pop("trial")
        trial: None | Trial
        if _trial is None:
            trial = _trial
        else:
            if not isinstance(_trial, dict):
                raise TypeError(f"CreateTrialResponse.trial: expected object, got {type(_trial).__name__}")
            trial_type_0 = Trial.from_dict(_trial)

            trial = trial_type_0

        create_trial_response = cls(
            trial,
        )

        create_trial_response.additional_properties = d if d else {}
        return create_trial_response

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
from ..models.trial import Trial  # noqa: E402
