from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReportTrialSourceInfoResponse")


@_attrs_define
class ReportTrialSourceInfoResponse:
    """
    Attributes:
        checkpoint_uuid (str):
        trial_id (int):
    """

    checkpoint_uuid: str
    trial_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint_uuid = self.checkpoint_uuid

        trial_id = self.trial_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkpointUuid": checkpoint_uuid,
                "trialId": trial_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checkpoint_uuid = d.pop("checkpointUuid")
        if type(checkpoint_uuid) is not str:
            raise TypeError(
                f"ReportTrialSourceInfoResponse.checkpointUuid: expected str, got {type(checkpoint_uuid).__name__}"
            )

        trial_id = d.pop("trialId")
        if type(trial_id) is not int:
            raise TypeError(f"ReportTrialSourceInfoResponse.trialId: expected int, got {type(trial_id).__name__}")

        report_trial_source_info_response = cls(
            checkpoint_uuid,
            trial_id,
        )

        report_trial_source_info_response.additional_properties = d if d else {}
        return report_trial_source_info_response

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
