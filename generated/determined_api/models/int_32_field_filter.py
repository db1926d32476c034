from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Int32FieldFilter")


@_attrs_define
class Int32FieldFilter:
    """
    Attributes:
        gt (int | Unset):
        gte (int | Unset):
        incl (list[int] | Unset):
        lt (int | Unset):
        lte (int | Unset):
        not_in (list[int] | Unset):
    """

    gt: int | Unset = UNSET
    gte: int | Unset = UNSET
    incl: list[int] | Unset = UNSET
    lt: int | Unset = UNSET
    lte: int | Unset = UNSET
    not_in: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gt = self.gt

        gte = self.gte

        incl: list[int] | Unset = UNSET
        if not isinstance(self.incl, Unset):
            incl = self.incl

        lt = self.lt

        lte = self.lte

        not_in: list[int] | Unset = UNSET
        if not isinstance(self.not_in, Unset):
            not_in = self.not_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gt is not UNSET:
            field_dict["gt"] = gt
        if gte is not UNSET:
            field_dict["gte"] = gte
        if incl is not UNSET:
            field_dict["incl"] = incl
        if lt is not UNSET:
            field_dict["lt"] = lt
        if lte is not UNSET:
            field_dict["lte"] = lte
        if not_in is not UNSET:
            field_dict["notIn"] = not_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gt = d.pop("gt", UNSET)
        if type(gt) is not int and gt is not UNSET:
            raise TypeError(f"Int32FieldFilter.gt: expected int, got {type(gt).__name__}")

        gte = d.pop("gte", UNSET)
        if type(gte) is not int and gte is not UNSET:
            raise TypeError(f"Int32FieldFilter.gte: expected int, got {type(gte).__name__}")

        _incl = d.pop("incl", UNSET)
        incl: list[int] | Unset = UNSET
        if _incl is not UNSET:
            if not isinstance(_incl, list):
                raise TypeError(f"Int32FieldFilter.incl: expected list, got {type(_incl).__name__}")
            for incl_item_data in _incl:
                if type(incl_item_data) is not int:
                    raise TypeError(f"Int32FieldFilter.incl item: expected int, got {type(incl_item_data).__name__}")
            incl = _incl

        lt = d.pop("lt", UNSET)
        if type(lt) is not int and lt is not UNSET:
            raise TypeError(f"Int32FieldFilter.lt: expected int, got {type(lt).__name__}")

        lte = d.pop("lte", UNSET)
        if type(lte) is not int and lte is not UNSET:
            raise TypeError(f"Int32FieldFilter.lte: expected int, got {type(lte).__name__}")

        _not_in = d.pop("notIn", UNSET)
        not_in: list[int] | Unset = UNSET
        if _not_in is not UNSET:
            if not isinstance(_not_in, list):
                raise TypeError(f"Int32FieldFilter.notIn: expected list, got {type(_not_in).__name__}")
            for not_in_item_data in _not_in:
                if type(not_in_item_data) is not int:
                    raise TypeError(f"Int32FieldFilter.notIn item: expected int, got {type(not_in_item_data).__name__}")
            not_in = _not_in

        int_32_field_filter = cls(
            gt,
            gte,
            incl,
            lt,
            lte,
            not_in,
        )

        int_32_field_filter.additional_properties = d if d else {}
        return int_32_field_filter

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
