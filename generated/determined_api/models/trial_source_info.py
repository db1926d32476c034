from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trial_source_info_type import TrialSourceInfoType, check_trial_source_info_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrialSourceInfo")


@_attrs_define
class TrialSourceInfo:
    """
    Attributes:
        checkpoint_uuid (str):
        trial_id (int):
        trial_source_info_type (TrialSourceInfoType):
        model_id (int | Unset):
        model_version (int | Unset):
    """

    checkpoint_uuid: str
    trial_id: int
    trial_source_info_type: TrialSourceInfoType
    model_id: int | Unset = UNSET
    model_version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint_uuid = self.checkpoint_uuid

        trial_id = self.trial_id

        trial_source_info_type: str = self.trial_source_info_type

        model_id = self.model_id

        model_version = self.model_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkpointUuid": checkpoint_uuid,
                "trialId": trial_id,
                "trialSourceInfoType": trial_source_info_type,
            }
        )
        if model_id is not UNSET:
            field_dict["modelId"] = model_id
        if model_version is not UNSET:
            field_dict["modelVersion"] = model_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checkpoint_uuid = d.pop("checkpointUuid")
        if type(checkpoint_uuid) is not str:
            raise TypeError(f"TrialSourceInfo.checkpointUuid: expected str, got {type(checkpoint_uuid).__name__}")

        trial_id = d.pop("trialId")
        if type(trial_id) is not int:
            raise TypeError(f"TrialSourceInfo.trialId: expected int, got {type(trial_id).__name__}")

        _trial_source_info_type = d.pop("trialSourceInfoType")
        if type(_trial_source_info_type) is not str:
            raise TypeError(
                f"TrialSourceInfo.trialSourceInfoType: expected str, got {type(_trial_source_info_type).__name__}"
            )
        trial_source_info_type = check_trial_source_info_type(_trial_source_info_type)

        model_id = d.pop("modelId", UNSET)
        if type(model_id) is not int and model_id is not UNSET:
            raise TypeError(f"TrialSourceInfo.modelId: expected int, got {type(model_id).__name__}")

        model_version = d.pop("modelVersion", UNSET)
        if type(model_version) is not int and model_version is not UNSET:
            raise TypeError(f"TrialSourceInfo.modelVersion: expected int, got {type(model_version).__name__}")

        trial_source_info = cls(
            checkpoint_uuid,
            trial_id,
            trial_source_info_type,
            model_id,
            model_version,
        )

        trial_source_info.additional_properties = d if d else {}
        return trial_source_info

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
