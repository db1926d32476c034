from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetProjectsByUserActivityResponse")


@_attrs_define
class GetProjectsByUserActivityResponse:
    """
    Attributes:
        projects (list[Project] | Unset):
    """

    projects: list[Project] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _projects = d.pop("projects", UNSET)
        projects: list[Project] | Unset = UNSET
        if _projects is not UNSET:
            if not isinstance(_projects, list):
                raise TypeError(
                    f"GetProjectsByUserActivityResponse.projects: expected list, got {type(_projects).__name__}"
                )
            projects = []
            for projects_item_data in _projects:
                if not isinstance(projects_item_data, dict):
                    raise TypeError(
                        f"GetProjectsByUserActivityResponse.projects item: expected object, got {type(projects_item_data).__name__}"
                    )
                projects_item = Project.from_dict(projects_item_data)

                projects.append(projects_item)

        get_projects_by_user_activity_response = cls(
            projects,
        )

        get_projects_by_user_activity_response.additional_properties = d if d else {}
        return get_projects_by_user_activity_response

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
from ..models.project import Project  # noqa: E402
