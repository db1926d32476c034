from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchRunsRequest")


@_attrs_define
class SearchRunsRequest:
    """
    Attributes:
        filter_ (str | Unset): A filter expression as JSON text, as the Web UI's run table builds it.
        limit (int | Unset): Most runs in the page; 0 means 100, -1 every match, -2 only the pagination object.
        offset (int | Unset):
        project_id (int | Unset):
        sort (str | Unset): A comma-separated list of `column=asc` or `column=desc`.
    """

    filter_: str | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    project_id: int | Unset = UNSET
    sort: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_

        limit = self.limit

        offset = self.offset

        project_id = self.project_id

        sort = self.sort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filter_ = d.pop("filter", UNSET)
        if type(filter_) is not str and filter_ is not UNSET:
            raise TypeError(f"SearchRunsRequest.filter: expected str, got {type(filter_).__name__}")

        limit = d.pop("limit", UNSET)
        if type(limit) is not int and limit is not UNSET:
            raise TypeError(f"SearchRunsRequest.limit: expected int, got {type(limit).__name__}")

        offset = d.pop("offset", UNSET)
        if type(offset) is not int and offset is not UNSET:
            raise TypeError(f"SearchRunsRequest.offset: expected int, got {type(offset).__name__}")

        project_id = d.pop("projectId", UNSET)
        if type(project_id) is not int and project_id is not UNSET:
            raise TypeError(f"SearchRunsRequest.projectId: expected int, got {type(project_id).__name__}")

        sort = d.pop("sort", UNSET)
        if type(sort) is not str and sort is not UNSET:
            raise TypeError(f"SearchRunsRequest.sort: expected str, got {type(sort).__name__}")

        search_runs_request = cls(
            filter_,
            limit,
            offset,
            project_id,
            sort,
        )

        search_runs_request.additional_properties = d if d else {}
        return search_runs_request

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
