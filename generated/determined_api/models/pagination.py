from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Which slice of all matches a page holds. To read every page, ask again with `offset` set to `endIndex` until
    `endIndex` reaches `total`.

        Attributes:
            end_index (int | Unset): Index just after the page's last item; equals `startIndex` on an empty page.
            limit (int | Unset): The `limit` the request asked for, as sent (0, -1 and -2 included).
            offset (int | Unset): The `offset` the request asked for.
            start_index (int | Unset): Index of the page's first item among all matches, from 0.
            total (int | Unset): How many items match, over all pages.
    """

    end_index: int | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    start_index: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_index = self.end_index

        limit = self.limit

        offset = self.offset

        start_index = self.start_index

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_index is not UNSET:
            field_dict["endIndex"] = end_index
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if start_index is not UNSET:
            field_dict["startIndex"] = start_index
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_index = d.pop("endIndex", UNSET)
        if type(end_index) is not int and end_index is not UNSET:
            raise TypeError(f"Pagination.endIndex: expected int, got {type(end_index).__name__}")

        limit = d.pop("limit", UNSET)
        if type(limit) is not int and limit is not UNSET:
            raise TypeError(f"Pagination.limit: expected int, got {type(limit).__name__}")

        offset = d.pop("offset", UNSET)
        if type(offset) is not int and offset is not UNSET:
            raise TypeError(f"Pagination.offset: expected int, got {type(offset).__name__}")

        start_index = d.pop("startIndex", UNSET)
        if type(start_index) is not int and start_index is not UNSET:
            raise TypeError(f"Pagination.startIndex: expected int, got {type(start_index).__name__}")

        total = d.pop("total", UNSET)
        if type(total) is not int and total is not UNSET:
            raise TypeError(f"Pagination.total: expected int, got {type(total).__name__}")

        pagination = cls(
            end_index,
            limit,
            offset,
            start_index,
            total,
        )

        pagination.additional_properties = d if d else {}
        return pagination

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
