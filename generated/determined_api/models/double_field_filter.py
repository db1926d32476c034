from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DoubleFieldFilter")


@_attrs_define
class DoubleFieldFilter:
    """
    Attributes:
        gt (float | Unset):
        gte (float | Unset):
        lt (float | Unset):
        lte (float | Unset):
    """

    gt: float | Unset = UNSET
    gte: float | Unset = UNSET
    lt: float | Unset = UNSET
    lte: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gt: float | str | Unset
        if isinstance(self.gt, float) and not math.isfinite(self.gt):
            gt = "NaN" if math.isnan(self.gt) else ("Infinity" if self.gt > 0 else "-Infinity")
        else:
            gt = self.gt

        gte: float | str | Unset
        if isinstance(self.gte, float) and not math.isfinite(self.gte):
            gte = "NaN" if math.isnan(self.gte) else ("Infinity" if self.gte > 0 else "-Infinity")
        else:
            gte = self.gte

        lt: float | str | Unset
        if isinstance(self.lt, float) and not math.isfinite(self.lt):
            lt = "NaN" if math.isnan(self.lt) else ("Infinity" if self.lt > 0 else "-Infinity")
        else:
            lt = self.lt

        lte: float | str | Unset
        if isinstance(self.lte, float) and not math.isfinite(self.lte):
            lte = "NaN" if math.isnan(self.lte) else ("Infinity" if self.lte > 0 else "-Infinity")
        else:
            lte = self.lte

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gt is not UNSET:
            field_dict["gt"] = gt
        if gte is not UNSET:
            field_dict["gte"] = gte
        if lt is not UNSET:
            field_dict["lt"] = lt
        if lte is not UNSET:
            field_dict["lte"] = lte

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _gt = d.pop("gt", UNSET)
        gt: float | Unset
        if type(_gt) is float or type(_gt) is int:
            gt = _gt
        elif _gt in ("NaN", "Infinity", "-Infinity"):
            gt = float(_gt)
        elif _gt is UNSET:
            gt = UNSET
        else:
            raise TypeError(f"DoubleFieldFilter.gt: expected number, got {type(_gt).__name__}")

        _gte = d.pop("gte", UNSET)
        gte: float | Unset
        if type(_gte) is float or type(_gte) is int:
            gte = _gte
        elif _gte in ("NaN", "Infinity", "-Infinity"):
            gte = float(_gte)
        elif _gte is UNSET:
            gte = UNSET
        else:
            raise TypeError(f"DoubleFieldFilter.gte: expected number, got {type(_gte).__name__}")

        _lt = d.pop("lt", UNSET)
        lt: float | Unset
        if type(_lt) is float or type(_lt) is int:
            lt = _lt
        elif _lt in ("NaN", "Infinity", "-Infinity"):
            lt = float(_lt)
        elif _lt is UNSET:
            lt = UNSET
        else:
            raise TypeError(f"DoubleFieldFilter.lt: expected number, got {type(_lt).__name__}")

        _lte = d.pop("lte", UNSET)
        lte: float | Unset
        if type(_lte) is float or type(_lte) is int:
            lte = _lte
        elif _lte in ("NaN", "Infinity", "-Infinity"):
            lte = float(_lte)
        elif _lte is UNSET:
            lte = UNSET
        else:
            raise TypeError(f"DoubleFieldFilter.lte: expected number, got {type(_lte).__name__}")

        double_field_filter = cls(
            gt,
            gte,
            lt,
            lte,
        )

        double_field_filter.additional_properties = d if d else {}
        return double_field_filter

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
