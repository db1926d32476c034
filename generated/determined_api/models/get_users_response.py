from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUsersResponse")


@_attrs_define
class GetUsersResponse:
    """
    Attributes:
        pagination (None | Pagination | Unset):
        users (list[User] | Unset):
    """

    pagination: None | Pagination | Unset = UNSET
    users: list[User] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination: dict[str, Any] | None | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        elif isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if users is not UNSET:
            field_dict["users"] = users

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
                raise TypeError(f"GetUsersResponse.pagination: expected object, got {type(_pagination).__name__}")
            pagination_type_0 = Pagination.from_dict(_pagination)

            pagination = pagination_type_0

        _users = d.pop("users", UNSET)
        users: list[User] | Unset = UNSET
        if _users is not UNSET:
            if not isinstance(_users, list):
                raise TypeError(f"GetUsersResponse.users: expected list, got {type(_users).__name__}")
            users = []
            for users_item_data in _users:
                if not isinstance(users_item_data, dict):
                    raise TypeError(
                        f"GetUsersResponse.users item: expected object, got {type(users_item_data).__name__}"
                    )
                users_item = User.from_dict(users_item_data)

                users.append(users_item)

        get_users_response = cls(
            pagination,
            users,
        )

        get_users_response.additional_properties = d if d else {}
        return get_users_response

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
from ..models.user import User  # noqa: E402
