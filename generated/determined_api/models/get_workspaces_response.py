from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetWorkspacesResponse")


@_attrs_define
class GetWorkspacesResponse:
    """
    Attributes:
        pagination (None | Pagination):
        workspaces (list[Workspace]):
    """

    pagination: None | Pagination
    workspaces: list[Workspace]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination: dict[str, Any] | None
        if isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        workspaces = []
        for workspaces_item_data in self.workspaces:
            workspaces_item = workspaces_item_data.to_dict()
            workspaces.append(workspaces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "workspaces": workspaces,
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
                raise TypeError(f"GetWorkspacesResponse.pagination: expected object, got {type(_pagination).__name__}")
            pagination_type_0 = Pagination.from_dict(_pagination)

            pagination = pagination_type_0

        _workspaces = d.pop("workspaces")
        if not isinstance(_workspaces, list):
            raise TypeError(f"GetWorkspacesResponse.workspaces: expected list, got {type(_workspaces).__name__}")
        workspaces = []
        for workspaces_item_data in _workspaces:
            if not isinstance(workspaces_item_data, dict):
                raise TypeError(
                    f"GetWorkspacesResponse.workspaces item: expected object, got {type(workspaces_item_data).__name__}"
                )
            workspaces_item = Workspace.from_dict(workspaces_item_data)

            workspaces.append(workspaces_item)

        get_workspaces_response = cls(
            pagination,
            workspaces,
        )

        get_workspaces_response.additional_properties = d if d else {}
        return get_workspaces_response

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
from ..models.pagination import Pagination  # noqa: E402
from ..models.workspace import Workspace  # noqa: E402
