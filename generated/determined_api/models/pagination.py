from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Page the answer covers. Page on by setting offset = endIndex until endIndex >= total.

    Attributes:
        offset (int | None | Unset):
        limit (int | None | Unset):
        start_index (int | None | Unset):
        end_index (int | None | Unset):
        total (int | None | Unset):
    """

    offset: int | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    start_index: int | None | Unset = UNSET
    end_index: int | None | Unset = UNSET
    total: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offset: int | None | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        start_index: int | None | Unset
        if isinstance(self.start_index, Unset):
            start_index = UNSET
        else:
            start_index = self.start_index

        end_index: int | None | Unset
        if isinstance(self.end_index, Unset):
            end_index = UNSET
        else:
            end_index = self.end_index

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if start_index is not UNSET:
            field_dict["startIndex"] = start_index
        if end_index is not UNSET:
            field_dict["endIndex"] = end_index
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offset = d.pop("offset", UNSET)
        if type(offset) is not int and offset is not None and offset is not UNSET:
            raise TypeError(f"Pagination.offset: expected int, got {type(offset).__name__}")

        limit = d.pop("limit", UNSET)
        if type(limit) is not int and limit is not None and limit is not UNSET:
            raise TypeError(f"Pagination.limit: expected int, got {type(limit).__name__}")

        start_index = d.pop("startIndex", UNSET)
        if type(start_index) is not int and start_index is not None and start_index is not UNSET:
            raise TypeError(f"Pagination.startIndex: expected int, got {type(start_index).__name__}")

        end_index = d.pop("endIndex", UNSET)
        if type(end_index) is not int and end_index is not None and end_index is not UNSET:
            raise TypeError(f"Pagination.endIndex: expected int, got {type(end_index).__name__}")

        total = d.pop("total", UNSET)
        if type(total) is not int and total is not None and total is not UNSET:
            raise TypeError(f"Pagination.total: expected int, got {type(total).__name__}")

        pagination = cls(
            offset,
            limit,
            start_index,
            end_index,
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
