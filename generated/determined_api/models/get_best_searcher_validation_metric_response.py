from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetBestSearcherValidationMetricResponse")


@_attrs_define
class GetBestSearcherValidationMetricResponse:
    """
    Attributes:
        metric (float | Unset):
    """

    metric: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric: float | str | Unset
        if isinstance(self.metric, float) and not math.isfinite(self.metric):
            metric = "NaN" if math.isnan(self.metric) else ("Infinity" if self.metric > 0 else "-Infinity")
        else:
            metric = self.metric

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric is not UNSET:
            field_dict["metric"] = metric

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _metric = d.pop("metric", UNSET)
        metric: float | Unset
        if type(_metric) is float or type(_metric) is int:
            metric = _metric
        elif _metric in ("NaN", "Infinity", "-Infinity"):
            metric = float(_metric)
        elif _metric is UNSET:
            metric = UNSET
        else:
            raise TypeError(
                f"GetBestSearcherValidationMetricResponse.metric: expected number, got {type(_metric).__name__}"
            )

        get_best_searcher_validation_metric_response = cls(
            metric,
        )

        get_best_searcher_validation_metric_response.additional_properties = d if d else {}
        return get_best_searcher_validation_metric_response

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
