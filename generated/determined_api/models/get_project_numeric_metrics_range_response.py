from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetProjectNumericMetricsRangeResponse")


@_attrs_define
class GetProjectNumericMetricsRangeResponse:
    """
    Attributes:
        ranges (list[MetricsRange] | Unset):
    """

    ranges: list[MetricsRange] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ranges, Unset):
            ranges = []
            for ranges_item_data in self.ranges:
                ranges_item = ranges_item_data.to_dict()
                ranges.append(ranges_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ranges is not UNSET:
            field_dict["ranges"] = ranges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ranges = d.pop("ranges", UNSET)
        ranges: list[MetricsRange] | Unset = UNSET
        if _ranges is not UNSET:
            if not isinstance(_ranges, list):
                raise TypeError(
                    f"GetProjectNumericMetricsRangeResponse.ranges: expected list, got {type(_ranges).__name__}"
                )
            ranges = []
            for ranges_item_data in _ranges:
                if not isinstance(ranges_item_data, dict):
                    raise TypeError(
                        f"GetProjectNumericMetricsRangeResponse.ranges item: expected object, got {type(ranges_item_data).__name__}"
                    )
                ranges_item = MetricsRange.from_dict(ranges_item_data)

                ranges.append(ranges_item)

        get_project_numeric_metrics_range_response = cls(
            ranges,
        )

        get_project_numeric_metrics_range_response.additional_properties = d if d else {}
        return get_project_numeric_metrics_range_response

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
from ..models.metrics_range import MetricsRange  # noqa: E402
