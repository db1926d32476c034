from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrialSummary")


@_attrs_define
class TrialSummary:
    """
    Attributes:
        count (int):
        unit (None | SearchUnit):
    """

    count: int
    unit: None | SearchUnit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        unit: dict[str, Any] | None
        if isinstance(self.unit, SearchUnit):
            unit = self.unit.to_dict()
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")
        if type(count) is not int:
            raise TypeError(f"TrialSummary.count: expected int, got {type(count).__name__}")

        _unit = d.pop("unit")
        unit: None | SearchUnit
        if _unit is None:
            unit = _unit
        else:
            if not isinstance(_unit, dict):
                raise TypeError(f"TrialSummary.unit: expected object, got {type(_unit).__name__}")
            unit_type_0 = SearchUnit.from_dict(_unit)

            unit = unit_type_0

        trial_summary = cls(
            count,
            unit,
        )

        trial_summary.additional_properties = d if d else {}
        return trial_summary

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
from ..models.search_unit import SearchUnit  # noqa: E402
