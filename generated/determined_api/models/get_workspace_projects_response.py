from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetWorkspaceProjectsResponse")


@_attrs_define
class GetWorkspaceProjectsResponse:
    """
    Attributes:
        pagination (None | Pagination):
        projects (list[Project]):
    """

    pagination: None | Pagination
    projects: list[Project]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination: dict[str, Any] | None
        if isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "projects": projects,
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
                raise TypeError(
                    f"GetWorkspaceProjectsResponse.pagination: expected object, got {type(_pagination).__name__}"
                )
            pagination_type_0 = Pagination.from_dict(_pagination)

            pagination = pagination_type_0

        _projects = d.pop("projects")
        if not isinstance(_projects, list):
            raise TypeError(f"GetWorkspaceProjectsResponse.projects: expected list, got {type(_projects).__name__}")
        projects = []
        for projects_item_data in _projects:
            if not isinstance(projects_item_data, dict):
                raise TypeError(
                    f"GetWorkspaceProjectsResponse.projects item: expected object, got {type(projects_item_data).__name__}"
                )
            projects_item = Project.from_dict(projects_item_data)

            projects.append(projects_item)

        get_workspace_projects_response = cls(
            pagination,
            projects,
        )

        get_workspace_projects_response.additional_properties = d if d else {}
        return get_workspace_projects_response

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
from ..models.project import Project  # noqa: E402
