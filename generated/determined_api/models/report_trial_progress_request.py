from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportTrialProgressRequest")


@_attrs_define
class ReportTrialProgressRequest:
    """
    Attributes:
        progress (float):
        trial_id (int):
        is_raw (bool | Unset):
    """

    progress: float
    trial_id: int
    is_raw: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        progress: float | str
        if isinstance(self.progress, float) and not math.isfinite(self.progress):
            progress = "NaN" if math.isnan(self.progress) else ("Infinity" if self.progress > 0 else "-Infinity")
        else:
            progress = self.progress

        trial_id = self.trial_id

        is_raw = self.is_raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "progress": progress,
                "trialId": trial_id,
            }
        )
        if is_raw is not UNSET:
            field_dict["isRaw"] = is_raw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _progress = d.pop("progress")
        progress: float
        if type(_progress) is float or type(_progress) is int:
            progress = _progress
        elif _progress in ("NaN", "Infinity", "-Infinity"):
            progress = float(_progress)
        else:
            raise TypeError(f"ReportTrialProgressRequest.progress: expected number, got {type(_progress).__name__}")

        trial_id = d.pop("trialId")
        if type(trial_id) is not int:
            raise TypeError(f"ReportTrialProgressRequest.trialId: expected int, got {type(trial_id).__name__}")

        is_raw = d.pop("isRaw", UNSET)
        if type(is_raw) is not bool and is_raw is not UNSET:
            raise TypeError(f"ReportTrialProgressRequest.isRaw: expected bool, got {type(is_raw).__name__}")

        report_trial_progress_request = cls(
            progress,
            trial_id,
            is_raw,
        )

        report_trial_progress_request.additional_properties = d if d else {}
        return report_trial_progress_request

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
