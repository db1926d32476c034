from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchRolesAssignableToScopeRequest")


@_attrs_define
class SearchRolesAssignableToScopeRequest:
    """
    Attributes:
        limit (int):
        offset (int | Unset):
        workspace_id (int | None | Unset):
    """

    limit: int
    offset: int | Unset = UNSET
    workspace_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        workspace_id: int | None | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
            }
        )
        if offset is not UNSET:
            field_dict["offset"] = offset
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit")
        if type(limit) is not int:
            raise TypeError(f"SearchRolesAssignableToScopeRequest.limit: expected int, got {type(limit).__name__}")

        offset = d.pop("offset", UNSET)
        if type(offset) is not int and offset is not UNSET:
            raise TypeError(f"SearchRolesAssignableToScopeRequest.offset: expected int, got {type(offset).__name__}")

        workspace_id = d.pop("workspaceId", UNSET)
        if type(workspace_id) is not int and workspace_id is not None and workspace_id is not UNSET:
            raise TypeError(
                f"SearchRolesAssignableToScopeRequest.workspaceId: expected int, got {type(workspace_id).__name__}"
            )

        search_roles_assignable_to_scope_request = cls(
            limit,
            offset,
            workspace_id,
        )

        search_roles_assignable_to_scope_request.additional_properties = d if d else {}
        return search_roles_assignable_to_scope_request

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
