from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimestampFieldFilter")


@_attrs_define
class TimestampFieldFilter:
    """
    Attributes:
        gt (datetime.datetime | Unset):
        gte (datetime.datetime | Unset):
        lt (datetime.datetime | Unset):
        lte (datetime.datetime | Unset):
    """

    gt: datetime.datetime | Unset = UNSET
    gte: datetime.datetime | Unset = UNSET
    lt: datetime.datetime | Unset = UNSET
    lte: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gt: str | Unset = UNSET
        if not isinstance(self.gt, Unset):
            gt = self.gt.isoformat()

        gte: str | Unset = UNSET
        if not isinstance(self.gte, Unset):
            gte = self.gte.isoformat()

        lt: str | Unset = UNSET
        if not isinstance(self.lt, Unset):
            lt = self.lt.isoformat()

        lte: str | Unset = UNSET
        if not isinstance(self.lte, Unset):
            lte = self.lte.isoformat()

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
        gt: datetime.datetime | Unset
        if _gt is UNSET:
            gt = UNSET
        else:
            if type(_gt) is not str:
                raise TypeError(f"TimestampFieldFilter.gt: expected str (date-time), got {type(_gt).__name__}")
            gt = datetime.datetime.fromisoformat(_gt)

        _gte = d.pop("gte", UNSET)
        gte: datetime.datetime | Unset
        if _gte is UNSET:
            gte = UNSET
        else:
            if type(_gte) is not str:
                raise TypeError(f"TimestampFieldFilter.gte: expected str (date-time), got {type(_gte).__name__}")
            gte = datetime.datetime.fromisoformat(_gte)

        _lt = d.pop("lt", UNSET)
        lt: datetime.datetime | Unset
        if _lt is UNSET:
            lt = UNSET
        else:
            if type(_lt) is not str:
                raise TypeError(f"TimestampFieldFilter.lt: expected str (date-time), got {type(_lt).__name__}")
            lt = datetime.datetime.fromisoformat(_lt)

        _lte = d.pop("lte", UNSET)
        lte: datetime.datetime | Unset
        if _lte is UNSET:
            lte = UNSET
        else:
            if type(_lte) is not str:
                raise TypeError(f"TimestampFieldFilter.lte: expected str (date-time), got {type(_lte).__name__}")
            lte = datetime.datetime.fromisoformat(_lte)

        timestamp_field_filter = cls(
            gt,
            gte,
            lt,
            lte,
        )

        timestamp_field_filter.additional_properties = d if d else {}
        return timestamp_field_filter

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
