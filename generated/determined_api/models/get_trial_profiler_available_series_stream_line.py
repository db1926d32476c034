from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTrialProfilerAvailableSeriesStreamLine")


@_attrs_define
class GetTrialProfilerAvailableSeriesStreamLine:
    """One line of the getTrialProfilerAvailableSeries stream; it holds `result` or `error`, never both.

    Attributes:
        result (GetTrialProfilerAvailableSeriesResponse | Unset):
        error (StreamError | Unset): An error line of a stream, `{"error": {...}}`: it ends the stream. When the error
            comes before the first line, the HTTP status is the error's too.
    """

    result: GetTrialProfilerAvailableSeriesResponse | Unset = UNSET
    error: StreamError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _result = d.pop("result", UNSET)
        result: GetTrialProfilerAvailableSeriesResponse | Unset
        if _result is UNSET:
            result = UNSET
        else:
            if not isinstance(_result, dict):
                raise TypeError(
                    f"GetTrialProfilerAvailableSeriesStreamLine.result: expected object, got {type(_result).__name__}"
                )
            result = GetTrialProfilerAvailableSeriesResponse.from_dict(_result)

        _error = d.pop("error", UNSET)
        error: StreamError | Unset
        if _error is UNSET:
            error = UNSET
        else:
            if not isinstance(_error, dict):
                raise TypeError(
                    f"GetTrialProfilerAvailableSeriesStreamLine.error: expected object, got {type(_error).__name__}"
                )
            error = StreamError.from_dict(_error)

        get_trial_profiler_available_series_stream_line = cls(
            result,
            error,
        )

        get_trial_profiler_available_series_stream_line.additional_properties = d if d else {}
        return get_trial_profiler_available_series_stream_line

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
from ..models.get_trial_profiler_available_series_response import GetTrialProfilerAvailableSeriesResponse  # noqa: E402
from ..models.stream_error import StreamError  # noqa: E402
