from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_type import PermissionType, check_permission_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Permission")


@_attrs_define
class Permission:
    """
    Attributes:
        id (PermissionType):
        name (str | Unset):
        scope_type_mask (None | ScopeTypeMask | Unset):
    """

    id: PermissionType
    name: str | Unset = UNSET
    scope_type_mask: None | ScopeTypeMask | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str = self.id

        name = self.name

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
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if scope_type_mask is not UNSET:
            field_dict["scopeTypeMask"] = scope_type_mask

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id")
        if type(_id) is not str:
            raise TypeError(f"Permission.id: expected str, got {type(_id).__name__}")
        id = check_permission_type(_id)

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise TypeError(f"Permission.name: expected str, got {type(name).__name__}")

        _scope_type_mask = d.pop("scopeTypeMask", UNSET)
        scope_type_mask: None | ScopeTypeMask | Unset
        if _scope_type_mask is None or _scope_type_mask is UNSET:
            scope_type_mask = _scope_type_mask
        else:
            if not isinstance(_scope_type_mask, dict):
                raise TypeError(f"Permission.scopeTypeMask: expected object, got {type(_scope_type_mask).__name__}")
            scope_type_mask_type_0 = ScopeTypeMask.from_dict(_scope_type_mask)

            scope_type_mask = scope_type_mask_type_0

        permission = cls(
            id,
            name,
            scope_type_mask,
        )

        permission.additional_properties = d if d else {}
        return permission

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
from ..models.scope_type_mask import ScopeTypeMask  # noqa: E402
