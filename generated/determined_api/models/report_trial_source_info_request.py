from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReportTrialSourceInfoRequest")


@_attrs_define
class ReportTrialSourceInfoRequest:
    """
    Attributes:
        trial_source_info (None | TrialSourceInfo):
    """

    trial_source_info: None | TrialSourceInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trial_source_info: dict[str, Any] | None
        if isinstance(self.trial_source_info, TrialSourceInfo):
            trial_source_info = self.trial_source_info.to_dict()
        else:
            trial_source_info = self.trial_source_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trialSourceInfo": trial_source_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _trial_source_info = d.pop("trialSourceInfo")
        trial_source_info: None | TrialSourceInfo
        if _trial_source_info is None:
            trial_source_info = _trial_source_info
        else:
            if not isinstance(_trial_source_info, dict):
                raise TypeError(
                    f"ReportTrialSourceInfoRequest.trialSourceInfo: expected object, got {type(_trial_source_info).__name__}"
                )
            trial_source_info_type_0 = TrialSourceInfo.from_dict(_trial_source_info)

            trial_source_info = trial_source_info_type_0

        report_trial_source_info_request = cls(
            trial_source_info,
        )

        report_trial_source_info_request.additional_properties = d if d else {}
        return report_trial_source_info_request

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
from ..models.trial_source_info import TrialSourceInfo  # noqa: E402
