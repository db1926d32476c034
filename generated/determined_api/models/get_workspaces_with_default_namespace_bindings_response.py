from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetWorkspacesWithDefaultNamespaceBindingsResponse")


@_attrs_define
class GetWorkspacesWithDefaultNamespaceBindingsResponse:
    """
    Attributes:
        workspace_ids (list[int] | Unset):
    """

    workspace_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_ids: list[int] | Unset = UNSET
        if not isinstance(self.workspace_ids, Unset):
            workspace_ids = self.workspace_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workspace_ids is not UNSET:
            field_dict["workspaceIds"] = workspace_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _workspace_ids = d.pop("workspaceIds", UNSET)
        workspace_ids: list[int] | Unset = UNSET
        if _workspace_ids is not UNSET:
            if not isinstance(_workspace_ids, list):
                raise TypeError(
                    f"GetWorkspacesWithDefaultNamespaceBindingsResponse.workspaceIds: expected list, got {type(_workspace_ids).__name__}"
                )
            for workspace_ids_item_data in _workspace_ids:
                if type(workspace_ids_item_data) is not int:
                    raise TypeError(
                        f"GetWorkspacesWithDefaultNamespaceBindingsResponse.workspaceIds item: expected int, got {type(workspace_ids_item_data).__name__}"
                    )
            workspace_ids = _workspace_ids

        get_workspaces_with_default_namespace_bindings_response = cls(
            workspace_ids,
        )

        get_workspaces_with_default_namespace_bindings_response.additional_properties = d if d else {}
        return get_workspaces_with_default_namespace_bindings_response

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
