from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchAccessTokenRequest")


@_attrs_define
class PatchAccessTokenRequest:
    """
    Attributes:
        token_id (int): The token's id; must match the path.
        description (str | Unset): A new description; unchanged when absent.
        set_revoked (bool | Unset): True revokes the token; it cannot be un-revoked.
    """

    token_id: int
    description: str | Unset = UNSET
    set_revoked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_id = self.token_id

        description = self.description

        set_revoked = self.set_revoked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokenId": token_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if set_revoked is not UNSET:
            field_dict["setRevoked"] = set_revoked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token_id = d.pop("tokenId")
        if type(token_id) is not int:
            raise TypeError(f"PatchAccessTokenRequest.tokenId: expected int, got {type(token_id).__name__}")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise TypeError(f"PatchAccessTokenRequest.description: expected str, got {type(description).__name__}")

        set_revoked = d.pop("setRevoked", UNSET)
        if type(set_revoked) is not bool and set_revoked is not UNSET:
            raise TypeError(f"PatchAccessTokenRequest.setRevoked: expected bool, got {type(set_revoked).__name__}")

        patch_access_token_request = cls(
            token_id,
            description,
            set_revoked,
        )

        patch_access_token_request.additional_properties = d if d else {}
        return patch_access_token_request

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
