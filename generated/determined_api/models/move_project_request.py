from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MoveProjectRequest")


@_attrs_define
class MoveProjectRequest:
    """
    Attributes:
        destination_workspace_id (int):
        project_id (int):
    """

    destination_workspace_id: int
    project_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_workspace_id = self.destination_workspace_id

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinationWorkspaceId": destination_workspace_id,
                "projectId": project_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination_workspace_id = d.pop("destinationWorkspaceId")
        if type(destination_workspace_id) is not int:
            raise TypeError(
                f"MoveProjectRequest.destinationWorkspaceId: expected int, got {type(destination_workspace_id).__name__}"
            )

        project_id = d.pop("projectId")
        if type(project_id) is not int:
            raise TypeError(f"MoveProjectRequest.projectId: expected int, got {type(project_id).__name__}")

        move_project_request = cls(
            destination_workspace_id,
            project_id,
        )

        move_project_request.additional_properties = d if d else {}
        return move_project_request

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
