from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolymorphicFilter")


@_attrs_define
class PolymorphicFilter:
    """
    Attributes:
        double_range (DoubleFieldFilter | Unset):
        integer_range (Int32FieldFilter | Unset):
        name (str | Unset):
        time_range (TimestampFieldFilter | Unset):
    """

    double_range: DoubleFieldFilter | Unset = UNSET
    integer_range: Int32FieldFilter | Unset = UNSET
    name: str | Unset = UNSET
    time_range: TimestampFieldFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        double_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.double_range, Unset):
            double_range = self.double_range.to_dict()

        integer_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integer_range, Unset):
            integer_range = self.integer_range.to_dict()

        name = self.name

        time_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_range, Unset):
            time_range = self.time_range.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if double_range is not UNSET:
            field_dict["doubleRange"] = double_range
        if integer_range is not UNSET:
            field_dict["integerRange"] = integer_range
        if name is not UNSET:
            field_dict["name"] = name
        if time_range is not UNSET:
            field_dict["timeRange"] = time_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _double_range = d.pop("doubleRange", UNSET)
        double_range: DoubleFieldFilter | Unset
        if _double_range is UNSET:
            double_range = UNSET
        else:
            if not isinstance(_double_range, dict):
                raise TypeError(f"PolymorphicFilter.doubleRange: expected object, got {type(_double_range).__name__}")
            double_range = DoubleFieldFilter.from_dict(_double_range)

        _integer_range = d.pop("integerRange", UNSET)
        integer_range: Int32FieldFilter | Unset
        if _integer_range is UNSET:
            integer_range = UNSET
        else:
            if not isinstance(_integer_range, dict):
                raise TypeError(f"PolymorphicFilter.integerRange: expected object, got {type(_integer_range).__name__}")
            integer_range = Int32FieldFilter.from_dict(_integer_range)

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise TypeError(f"PolymorphicFilter.name: expected str, got {type(name).__name__}")

        _time_range = d.pop("timeRange", UNSET)
        time_range: TimestampFieldFilter | Unset
        if _time_range is UNSET:
            time_range = UNSET
        else:
            if not isinstance(_time_range, dict):
                raise TypeError(f"PolymorphicFilter.timeRange: expected object, got {type(_time_range).__name__}")
            time_range = TimestampFieldFilter.from_dict(_time_range)

        polymorphic_filter = cls(
            double_range,
            integer_range,
            name,
            time_range,
        )

        polymorphic_filter.additional_properties = d if d else {}
        return polymorphic_filter

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
from ..models.double_field_filter import DoubleFieldFilter  # noqa: E402
from ..models.int_32_field_filter import Int32FieldFilter  # noqa: E402
from ..models.timestamp_field_filter import TimestampFieldFilter  # noqa: E402
