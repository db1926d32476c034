from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrialsSampleResponseTrial")


@_attrs_define
class TrialsSampleResponseTrial:
    """
    Attributes:
        data (list[DataPoint]):
        hparams (None | TrialsSampleResponseTrialHparamsType0):
        trial_id (int):
    """

    data: list[DataPoint]
    hparams: None | TrialsSampleResponseTrialHparamsType0
    trial_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        hparams: dict[str, Any] | None
        if isinstance(self.hparams, TrialsSampleResponseTrialHparamsType0):
            hparams = self.hparams.to_dict()
        else:
            hparams = self.hparams

        trial_id = self.trial_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "hparams": hparams,
                "trialId": trial_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data")
        if not isinstance(_data, list):
            raise TypeError(f"TrialsSampleResponseTrial.data: expected list, got {type(_data).__name__}")
        data = []
        for data_item_data in _data:
            if not isinstance(data_item_data, dict):
                raise TypeError(
                    f"TrialsSampleResponseTrial.data item: expected object, got {type(data_item_data).__name__}"
                )
            data_item = DataPoint.from_dict(data_item_data)

            data.append(data_item)

        _hparams = d.pop("hparams")
        hparams: None | TrialsSampleResponseTrialHparamsType0
        if _hparams is None:
            hparams = _hparams
        else:
            if not isinstance(_hparams, dict):
                raise TypeError(f"TrialsSampleResponseTrial.hparams: expected object, got {type(_hparams).__name__}")
            hparams_type_0 = TrialsSampleResponseTrialHparamsType0.from_dict(_hparams)

            hparams = hparams_type_0

        trial_id = d.pop("trialId")
        if type(trial_id) is not int:
            raise TypeError(f"TrialsSampleResponseTrial.trialId: expected int, got {type(trial_id).__name__}")

        trials_sample_response_trial = cls(
            data,
            hparams,
            trial_id,
        )

        trials_sample_response_trial.additional_properties = d if d else {}
        return trials_sample_response_trial

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
from ..models.data_point import DataPoint  # noqa: E402
from ..models.trials_sample_response_trial_hparams_type_0 import TrialsSampleResponseTrialHparamsType0  # noqa: E402
