from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetProjectResponse")


@_attrs_define
class GetProjectResponse:
    """
    Attributes:
        project (None | Project):
    """

    project: None | Project
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project: dict[str, Any] | None
        if isinstance(self.project, Project):
            project = self.project.to_dict()
        else:
            project = self.project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _project = d.pop("project")
        project: None | Project
        if _project is None:
            project = _project
        else:
            if not isinstance(_project, dict):
                raise TypeError(f"GetProjectResponse.project: expected object, got {type(_project).__name__}")
            project_type_0 = Project.from_dict(_project)

            project = project_type_0

        get_project_response = cls(
            project,
        )

        get_project_response.additional_properties = d if d else {}
        return get_project_response

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
