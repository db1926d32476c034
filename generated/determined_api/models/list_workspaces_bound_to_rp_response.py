from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListWorkspacesBoundToRPResponse")


@_attrs_define
class ListWorkspacesBoundToRPResponse:
    """
    Attributes:
        pagination (None | Pagination | Unset):
        workspace_ids (list[int] | Unset):
    """

    pagination: None | Pagination | Unset = UNSET
    workspace_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination: dict[str, Any] | None | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        elif isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        workspace_ids: list[int] | Unset = UNSET
        if not isinstance(self.workspace_ids, Unset):
            workspace_ids = self.workspace_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if workspace_ids is not UNSET:
            field_dict["workspaceIds"] = workspace_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _pagination = d.pop("pagination", UNSET)
        pagination: None | Pagination | Unset
        if _pagination is None or _pagination is UNSET:
            pagination = _pagination
        else:
            if not isinstance(_pagination, dict):
                raise TypeError(
                    f"ListWorkspacesBoundToRPResponse.pagination: expected object, got {type(_pagination).__name__}"
                )
            pagination_type_0 = Pagination.from_dict(_pagination)

            pagination = pagination_type_0

        _workspace_ids = d.pop("workspaceIds", UNSET)
        workspace_ids: list[int] | Unset = UNSET
        if _workspace_ids is not UNSET:
            if not isinstance(_workspace_ids, list):
                raise TypeError(
                    f"ListWorkspacesBoundToRPResponse.workspaceIds: expected list, got {type(_workspace_ids).__name__}"
                )
            for workspace_ids_item_data in _workspace_ids:
                if type(workspace_ids_item_data) is not int:
                    raise TypeError(
                        f"ListWorkspacesBoundToRPResponse.workspaceIds item: expected int, got {type(workspace_ids_item_data).__name__}"
                    )
            workspace_ids = _workspace_ids

        list_workspaces_bound_to_rp_response = cls(
            pagination,
            workspace_ids,
        )

        list_workspaces_bound_to_rp_response.additional_properties = d if d else {}
        return list_workspaces_bound_to_rp_response

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
