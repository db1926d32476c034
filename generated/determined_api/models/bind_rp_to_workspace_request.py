from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BindRPToWorkspaceRequest")


@_attrs_define
class BindRPToWorkspaceRequest:
    """
    Attributes:
        resource_pool_name (str):
        workspace_ids (list[int] | Unset):
        workspace_names (list[str] | Unset):
    """

    resource_pool_name: str
    workspace_ids: list[int] | Unset = UNSET
    workspace_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_pool_name = self.resource_pool_name

        workspace_ids: list[int] | Unset = UNSET
        if not isinstance(self.workspace_ids, Unset):
            workspace_ids = self.workspace_ids

        workspace_names: list[str] | Unset = UNSET
        if not isinstance(self.workspace_names, Unset):
            workspace_names = self.workspace_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourcePoolName": resource_pool_name,
            }
        )
        if workspace_ids is not UNSET:
            field_dict["workspaceIds"] = workspace_ids
        if workspace_names is not UNSET:
            field_dict["workspaceNames"] = workspace_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_pool_name = d.pop("resourcePoolName")
        if type(resource_pool_name) is not str:
            raise TypeError(
                f"BindRPToWorkspaceRequest.resourcePoolName: expected str, got {type(resource_pool_name).__name__}"
            )

        _workspace_ids = d.pop("workspaceIds", UNSET)
        workspace_ids: list[int] | Unset = UNSET
        if _workspace_ids is not UNSET:
            if not isinstance(_workspace_ids, list):
                raise TypeError(
                    f"BindRPToWorkspaceRequest.workspaceIds: expected list, got {type(_workspace_ids).__name__}"
                )
            for workspace_ids_item_data in _workspace_ids:
                if type(workspace_ids_item_data) is not int:
                    raise TypeError(
                        f"BindRPToWorkspaceRequest.workspaceIds item: expected int, got {type(workspace_ids_item_data).__name__}"
                    )
            workspace_ids = _workspace_ids

        _workspace_names = d.pop("workspaceNames", UNSET)
        workspace_names: list[str] | Unset = UNSET
        if _workspace_names is not UNSET:
            if not isinstance(_workspace_names, list):
                raise TypeError(
                    f"BindRPToWorkspaceRequest.workspaceNames: expected list, got {type(_workspace_names).__name__}"
                )
            for workspace_names_item_data in _workspace_names:
                if type(workspace_names_item_data) is not str:
                    raise TypeError(
                        f"BindRPToWorkspaceRequest.workspaceNames item: expected str, got {type(workspace_names_item_data).__name__}"
                    )
            workspace_names = _workspace_names

        bind_rp_to_workspace_request = cls(
            resource_pool_name,
            workspace_ids,
            workspace_names,
        )

        bind_rp_to_workspace_request.additional_properties = d if d else {}
        return bind_rp_to_workspace_request

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
