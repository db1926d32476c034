from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListRPsBoundToWorkspaceResponse")


@_attrs_define
class ListRPsBoundToWorkspaceResponse:
    """
    Attributes:
        pagination (None | Pagination | Unset):
        resource_pools (list[str] | Unset):
    """

    pagination: None | Pagination | Unset = UNSET
    resource_pools: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination: dict[str, Any] | None | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        elif isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        resource_pools: list[str] | Unset = UNSET
        if not isinstance(self.resource_pools, Unset):
            resource_pools = self.resource_pools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if resource_pools is not UNSET:
            field_dict["resourcePools"] = resource_pools

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
                    f"ListRPsBoundToWorkspaceResponse.pagination: expected object, got {type(_pagination).__name__}"
                )
            pagination_type_0 = Pagination.from_dict(_pagination)

            pagination = pagination_type_0

        _resource_pools = d.pop("resourcePools", UNSET)
        resource_pools: list[str] | Unset = UNSET
        if _resource_pools is not UNSET:
            if not isinstance(_resource_pools, list):
                raise TypeError(
                    f"ListRPsBoundToWorkspaceResponse.resourcePools: expected list, got {type(_resource_pools).__name__}"
                )
            for resource_pools_item_data in _resource_pools:
                if type(resource_pools_item_data) is not str:
                    raise TypeError(
                        f"ListRPsBoundToWorkspaceResponse.resourcePools item: expected str, got {type(resource_pools_item_data).__name__}"
                    )
            resource_pools = _resource_pools

        list_r_ps_bound_to_workspace_response = cls(
            pagination,
            resource_pools,
        )

        list_r_ps_bound_to_workspace_response.additional_properties = d if d else {}
        return list_r_ps_bound_to_workspace_response

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
