from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Role")


@_attrs_define
class Role:
    """
    Attributes:
        role_id (int):
        name (str | Unset):
        permissions (list[Permission] | Unset):
        scope_type_mask (None | ScopeTypeMask | Unset):
    """

    role_id: int
    name: str | Unset = UNSET
    permissions: list[Permission] | Unset = UNSET
    scope_type_mask: None | ScopeTypeMask | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        name = self.name

        permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.to_dict()
                permissions.append(permissions_item)

        scope_type_mask: dict[str, Any] | None | Unset
        if isinstance(self.scope_type_mask, Unset):
            scope_type_mask = UNSET
        elif isinstance(self.scope_type_mask, ScopeTypeMask):
            scope_type_mask = self.scope_type_mask.to_dict()
        else:
            scope_type_mask = self.scope_type_mask

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roleId": role_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if scope_type_mask is not UNSET:
            field_dict["scopeTypeMask"] = scope_type_mask

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_id = d.pop("roleId")
        if type(role_id) is not int:
            raise TypeError(f"Role.roleId: expected int, got {type(role_id).__name__}")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise TypeError(f"Role.name: expected str, got {type(name).__name__}")

        _permissions = d.pop("permissions", UNSET)
        permissions: list[Permission] | Unset = UNSET
        if _permissions is not UNSET:
            if not isinstance(_permissions, list):
                raise TypeError(f"Role.permissions: expected list, got {type(_permissions).__name__}")
            permissions = []
            for permissions_item_data in _permissions:
                if not isinstance(permissions_item_data, dict):
                    raise TypeError(
                        f"Role.permissions item: expected object, got {type(permissions_item_data).__name__}"
                    )
                permissions_item = Permission.from_dict(permissions_item_data)

                permissions.append(permissions_item)

        _scope_type_mask = d.pop("scopeTypeMask", UNSET)
        scope_type_mask: None | ScopeTypeMask | Unset
        if _scope_type_mask is None or _scope_type_mask is UNSET:
            scope_type_mask = _scope_type_mask
        else:
            if not isinstance(_scope_type_mask, dict):
                raise TypeError(f"Role.scopeTypeMask: expected object, got {type(_scope_type_mask).__name__}")
            scope_type_mask_type_0 = ScopeTypeMask.from_dict(_scope_type_mask)

            scope_type_mask = scope_type_mask_type_0

        role = cls(
            role_id,
            name,
            permissions,
            scope_type_mask,
        )

        role.additional_properties = d if d else {}
        return role

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
from ..models.permission import Permission  # noqa: E402
from ..models.scope_type_mask import ScopeTypeMask  # noqa: E402
