from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostUserRequest")


@_attrs_define
class PostUserRequest:
    """
    Attributes:
        is_hashed (bool | Unset): True when `password` is already salted and hashed.
        password (str | Unset): The new user's password, plain or (with `isHashed`) salted and hashed as at login; empty
            for remote users.
        user (None | Unset | User):
    """

    is_hashed: bool | Unset = UNSET
    password: str | Unset = UNSET
    user: None | Unset | User = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_hashed = self.is_hashed

        password = self.password

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, User):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_hashed is not UNSET:
            field_dict["isHashed"] = is_hashed
        if password is not UNSET:
            field_dict["password"] = password
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_hashed = d.pop("isHashed", UNSET)
        if type(is_hashed) is not bool and is_hashed is not UNSET:
            raise TypeError(f"PostUserRequest.isHashed: expected bool, got {type(is_hashed).__name__}")

        password = d.pop("password", UNSET)
        if type(password) is not str and password is not UNSET:
            raise TypeError(f"PostUserRequest.password: expected str, got {type(password).__name__}")

        _user = d.pop("user", UNSET)
        user: None | Unset | User
        if _user is None or _user is UNSET:
            user = _user
        else:
            if not isinstance(_user, dict):
                raise TypeError(f"PostUserRequest.user: expected object, got {type(_user).__name__}")
            user_type_0 = User.from_dict(_user)

            user = user_type_0

        post_user_request = cls(
            is_hashed,
            password,
            user,
        )

        post_user_request.additional_properties = d if d else {}
        return post_user_request

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
from ..models.user import User  # noqa: E402
