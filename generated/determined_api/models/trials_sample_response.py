from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrialsSampleResponse")


@_attrs_define
class TrialsSampleResponse:
    """
    Attributes:
        demoted_trials (list[int]):
        promoted_trials (list[int]):
        trials (list[TrialsSampleResponseTrial]):
    """

    demoted_trials: list[int]
    promoted_trials: list[int]
    trials: list[TrialsSampleResponseTrial]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        demoted_trials = self.demoted_trials

        promoted_trials = self.promoted_trials

        trials = []
        for trials_item_data in self.trials:
            trials_item = trials_item_data.to_dict()
            trials.append(trials_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "demotedTrials": demoted_trials,
                "promotedTrials": promoted_trials,
                "trials": trials,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _demoted_trials = d.pop("demotedTrials")
        if not isinstance(_demoted_trials, list):
            raise TypeError(f"TrialsSampleResponse.demotedTrials: expected list, got {type(_demoted_trials).__name__}")
        for demoted_trials_item_data in _demoted_trials:
            if type(demoted_trials_item_data) is not int:
                raise TypeError(
                    f"TrialsSampleResponse.demotedTrials item: expected int, got {type(demoted_trials_item_data).__name__}"
                )
        demoted_trials: list[int] = _demoted_trials

        _promoted_trials = d.pop("promotedTrials")
        if not isinstance(_promoted_trials, list):
            raise TypeError(
                f"TrialsSampleResponse.promotedTrials: expected list, got {type(_promoted_trials).__name__}"
            )
        for promoted_trials_item_data in _promoted_trials:
            if type(promoted_trials_item_data) is not int:
                raise TypeError(
                    f"TrialsSampleResponse.promotedTrials item: expected int, got {type(promoted_trials_item_data).__name__}"
                )
        promoted_trials: list[int] = _promoted_trials

        _trials = d.pop("trials")
        if not isinstance(_trials, list):
            raise TypeError(f"TrialsSampleResponse.trials: expected list, got {type(_trials).__name__}")
        trials = []
        for trials_item_data in _trials:
            if not isinstance(trials_item_data, dict):
                raise TypeError(
                    f"TrialsSampleResponse.trials item: expected object, got {type(trials_item_data).__name__}"
                )
            trials_item = TrialsSampleResponseTrial.from_dict(trials_item_data)

            trials.append(trials_item)

        trials_sample_response = cls(
            demoted_trials,
            promoted_trials,
            trials,
        )

        trials_sample_response.additional_properties = d if d else {}
        return trials_sample_response

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
from ..models.trials_sample_response_trial import TrialsSampleResponseTrial  # noqa: E402
