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
        password (str): The password: plain when `isHashed` is false, otherwise `sha512_hex("GubPEmmotfiK9TMD6Zdw" +
            password)`, as the official clients send it. An empty password is sent as `""`.
        username (str): The login name.
        is_hashed (bool | Unset): True when `password` is the salted hash (the official clients always are).
    """

    password: str
    username: str
    is_hashed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        username = self.username

        is_hashed = self.is_hashed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "password": password,
                "username": username,
            }
        )
        if is_hashed is not UNSET:
            field_dict["isHashed"] = is_hashed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")
        if type(password) is not str:
            raise TypeError(f"LoginRequest.password: expected str, got {type(password).__name__}")

        username = d.pop("username")
        if type(username) is not str:
            raise TypeError(f"LoginRequest.username: expected str, got {type(username).__name__}")

        is_hashed = d.pop("isHashed", UNSET)
        if type(is_hashed) is not bool and is_hashed is not UNSET:
            raise TypeError(f"LoginRequest.isHashed: expected bool, got {type(is_hashed).__name__}")

        login_request = cls(
            password,
            username,
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
