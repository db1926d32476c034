from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchUsersRequest")


@_attrs_define
class PatchUsersRequest:
    """
    Attributes:
        activate (bool):
        user_ids (list[int]):
        filters (None | Unset | UserFilters):
    """

    activate: bool
    user_ids: list[int]
    filters: None | Unset | UserFilters = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activate = self.activate

        user_ids = self.user_ids

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, UserFilters):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activate": activate,
                "userIds": user_ids,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activate = d.pop("activate")
        if type(activate) is not bool:
            raise TypeError(f"PatchUsersRequest.activate: expected bool, got {type(activate).__name__}")

        _user_ids = d.pop("userIds")
        if not isinstance(_user_ids, list):
            raise TypeError(f"PatchUsersRequest.userIds: expected list, got {type(_user_ids).__name__}")
        for user_ids_item_data in _user_ids:
            if type(user_ids_item_data) is not int:
                raise TypeError(
                    f"PatchUsersRequest.userIds item: expected int, got {type(user_ids_item_data).__name__}"
                )
        user_ids: list[int] = _user_ids

        _filters = d.pop("filters", UNSET)
        filters: None | Unset | UserFilters
        if _filters is None or _filters is UNSET:
            filters = _filters
        else:
            if not isinstance(_filters, dict):
                raise TypeError(f"PatchUsersRequest.filters: expected object, got {type(_filters).__name__}")
            filters_type_0 = UserFilters.from_dict(_filters)

            filters = filters_type_0

        patch_users_request = cls(
            activate,
            user_ids,
            filters,
        )

        patch_users_request.additional_properties = d if d else {}
        return patch_users_request

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
from ..models.user_filters import UserFilters  # noqa: E402
