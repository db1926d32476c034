from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SearchRunsResponse")


@_attrs_define
class SearchRunsResponse:
    """
    Attributes:
        pagination (None | Pagination):
        runs (list[FlatRun]):
    """

    pagination: None | Pagination
    runs: list[FlatRun]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination: dict[str, Any] | None
        if isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        runs = []
        for runs_item_data in self.runs:
            runs_item = runs_item_data.to_dict()
            runs.append(runs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "runs": runs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _pagination = d.pop("pagination")
        pagination: None | Pagination
        if _pagination is None:
            pagination = _pagination
        else:
            if not isinstance(_pagination, dict):
                raise TypeError(f"SearchRunsResponse.pagination: expected object, got {type(_pagination).__name__}")
            pagination_type_0 = Pagination.from_dict(_pagination)

            pagination = pagination_type_0

        _runs = d.pop("runs")
        if not isinstance(_runs, list):
            raise TypeError(f"SearchRunsResponse.runs: expected list, got {type(_runs).__name__}")
        runs = []
        for runs_item_data in _runs:
            if not isinstance(runs_item_data, dict):
                raise TypeError(f"SearchRunsResponse.runs item: expected object, got {type(runs_item_data).__name__}")
            runs_item = FlatRun.from_dict(runs_item_data)

            runs.append(runs_item)

        search_runs_response = cls(
            pagination,
            runs,
        )

        search_runs_response.additional_properties = d if d else {}
        return search_runs_response

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
from ..models.flat_run import FlatRun  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402
