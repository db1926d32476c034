from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostAccessTokenResponse")


@_attrs_define
class PostAccessTokenResponse:
    """
    Attributes:
        token (str | Unset): The token string; shown only here, store it now.
        token_id (int | Unset): The token's id, for patchAccessToken.
    """

    token: str | Unset = UNSET
    token_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        token_id = self.token_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if token_id is not UNSET:
            field_dict["tokenId"] = token_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token", UNSET)
        if type(token) is not str and token is not UNSET:
            raise TypeError(f"PostAccessTokenResponse.token: expected str, got {type(token).__name__}")

        token_id = d.pop("tokenId", UNSET)
        if type(token_id) is not int and token_id is not UNSET:
            raise TypeError(f"PostAccessTokenResponse.tokenId: expected int, got {type(token_id).__name__}")

        post_access_token_response = cls(
            token,
            token_id,
        )

        post_access_token_response.additional_properties = d if d else {}
        return post_access_token_response

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
