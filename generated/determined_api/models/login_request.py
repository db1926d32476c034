from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginRequest")


@_attrs_define
class LoginRequest:
    """
    Attributes:
        username (str): The username.
        password (str): The password, or its salted sha512 hex digest when isHashed is true.
        is_hashed (bool | None | Unset): True when password is the salted hash, as the official clients send it.
    """

    username: str
    password: str
    is_hashed: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        is_hashed: bool | None | Unset
        if isinstance(self.is_hashed, Unset):
            is_hashed = UNSET
        else:
            is_hashed = self.is_hashed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
            }
        )
        if is_hashed is not UNSET:
            field_dict["isHashed"] = is_hashed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")
        if type(username) is not str:
            raise TypeError(f"LoginRequest.username: expected str, got {type(username).__name__}")

        password = d.pop("password")
        if type(password) is not str:
            raise TypeError(f"LoginRequest.password: expected str, got {type(password).__name__}")

        is_hashed = d.pop("isHashed", UNSET)
        if type(is_hashed) is not bool and is_hashed is not None and is_hashed is not UNSET:
            raise TypeError(f"LoginRequest.isHashed: expected bool, got {type(is_hashed).__name__}")

        login_request = cls(
            username,
            password,
            is_hashed,
        )

        login_request.additional_properties = d if d else {}
        return login_request

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
