from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchRolesAssignableToScopeResponse")


@_attrs_define
class SearchRolesAssignableToScopeResponse:
    """
    Attributes:
        pagination (None | Pagination | Unset):
        roles (list[Role] | Unset):
    """

    pagination: None | Pagination | Unset = UNSET
    roles: list[Role] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination: dict[str, Any] | None | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        elif isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if roles is not UNSET:
            field_dict["roles"] = roles

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
                    f"SearchRolesAssignableToScopeResponse.pagination: expected object, got {type(_pagination).__name__}"
                )
            pagination_type_0 = Pagination.from_dict(_pagination)

            pagination = pagination_type_0

        _roles = d.pop("roles", UNSET)
        roles: list[Role] | Unset = UNSET
        if _roles is not UNSET:
            if not isinstance(_roles, list):
                raise TypeError(
                    f"SearchRolesAssignableToScopeResponse.roles: expected list, got {type(_roles).__name__}"
                )
            roles = []
            for roles_item_data in _roles:
                if not isinstance(roles_item_data, dict):
                    raise TypeError(
                        f"SearchRolesAssignableToScopeResponse.roles item: expected object, got {type(roles_item_data).__name__}"
                    )
                roles_item = Role.from_dict(roles_item_data)

                roles.append(roles_item)

        search_roles_assignable_to_scope_response = cls(
            pagination,
            roles,
        )

        search_roles_assignable_to_scope_response.additional_properties = d if d else {}
        return search_roles_assignable_to_scope_response

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
from ..models.role import Role  # noqa: E402
