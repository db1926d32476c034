from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetNotebooksResponse")


@_attrs_define
class GetNotebooksResponse:
    """
    Attributes:
        notebooks (list[Notebook]):
        pagination (None | Pagination | Unset):
    """

    notebooks: list[Notebook]
    pagination: None | Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notebooks = []
        for notebooks_item_data in self.notebooks:
            notebooks_item = notebooks_item_data.to_dict()
            notebooks.append(notebooks_item)

        pagination: dict[str, Any] | None | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        elif isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notebooks": notebooks,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _notebooks = d.pop("notebooks")
        if not isinstance(_notebooks, list):
            raise TypeError(f"GetNotebooksResponse.notebooks: expected list, got {type(_notebooks).__name__}")
        notebooks = []
        for notebooks_item_data in _notebooks:
            if not isinstance(notebooks_item_data, dict):
                raise TypeError(
                    f"GetNotebooksResponse.notebooks item: expected object, got {type(notebooks_item_data).__name__}"
                )
            notebooks_item = Notebook.from_dict(notebooks_item_data)

            notebooks.append(notebooks_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: None | Pagination | Unset
        if _pagination is None or _pagination is UNSET:
            pagination = _pagination
        else:
            if not isinstance(_pagination, dict):
                raise TypeError(f"GetNotebooksResponse.pagination: expected object, got {type(_pagination).__name__}")
            pagination_type_0 = Pagination.from_dict(_pagination)

            pagination = pagination_type_0

        get_notebooks_response = cls(
            notebooks,
            pagination,
        )

        get_notebooks_response.additional_properties = d if d else {}
        return get_notebooks_response

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
from ..models.notebook import Notebook  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402
