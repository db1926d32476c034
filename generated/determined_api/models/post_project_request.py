from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostProjectRequest")


@_attrs_define
class PostProjectRequest:
    """
    Attributes:
        name (str):
        workspace_id (int): The workspace; must match the path.
        description (str | Unset):
        key (str | Unset): A short unique key for the project; the master picks one when absent.
    """

    name: str
    workspace_id: int
    description: str | Unset = UNSET
    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        workspace_id = self.workspace_id

        description = self.description

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "workspaceId": workspace_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if type(name) is not str:
            raise TypeError(f"PostProjectRequest.name: expected str, got {type(name).__name__}")

        workspace_id = d.pop("workspaceId")
        if type(workspace_id) is not int:
            raise TypeError(f"PostProjectRequest.workspaceId: expected int, got {type(workspace_id).__name__}")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise TypeError(f"PostProjectRequest.description: expected str, got {type(description).__name__}")

        key = d.pop("key", UNSET)
        if type(key) is not str and key is not UNSET:
            raise TypeError(f"PostProjectRequest.key: expected str, got {type(key).__name__}")

        post_project_request = cls(
            name,
            workspace_id,
            description,
            key,
        )

        post_project_request.additional_properties = d if d else {}
        return post_project_request

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
