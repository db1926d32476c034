from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_type import TokenType, check_token_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenInfo")


@_attrs_define
class TokenInfo:
    """The record of a session or access token; the token string itself is never sent.

    Attributes:
        id (int): The token's id, used by patchAccessToken.
        user_id (int): The id of the user the token acts as.
        created_at (datetime.datetime | None | Unset): When it was made.
        description (str | Unset): Free text set when the token was made or changed.
        expiry (datetime.datetime | None | Unset): When it stops working.
        revoked (bool | Unset): True once revoked; a revoked token is refused.
        token_type (TokenType | Unset): `TOKEN_TYPE_USER_SESSION` for tokens from login, `TOKEN_TYPE_ACCESS_TOKEN` for
            long-lived tokens from postAccessToken.
    """

    id: int
    user_id: int
    created_at: datetime.datetime | None | Unset = UNSET
    description: str | Unset = UNSET
    expiry: datetime.datetime | None | Unset = UNSET
    revoked: bool | Unset = UNSET
    token_type: TokenType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        description = self.description

        expiry: None | str | Unset
        if isinstance(self.expiry, Unset):
            expiry = UNSET
        elif isinstance(self.expiry, datetime.datetime):
            expiry = self.expiry.isoformat()
        else:
            expiry = self.expiry

        revoked = self.revoked

        token_type: str | Unset = UNSET
        if not isinstance(self.token_type, Unset):
            token_type = self.token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "userId": user_id,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if revoked is not UNSET:
            field_dict["revoked"] = revoked
        if token_type is not UNSET:
            field_dict["tokenType"] = token_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError(f"TokenInfo.id: expected int, got {type(id).__name__}")

        user_id = d.pop("userId")
        if type(user_id) is not int:
            raise TypeError(f"TokenInfo.userId: expected int, got {type(user_id).__name__}")

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | None | Unset
        if _created_at is None or _created_at is UNSET:
            created_at = _created_at
        else:
            if type(_created_at) is not str:
                raise TypeError(f"TokenInfo.createdAt: expected str (date-time), got {type(_created_at).__name__}")
            created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

            created_at = created_at_type_0

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise TypeError(f"TokenInfo.description: expected str, got {type(description).__name__}")

        _expiry = d.pop("expiry", UNSET)
        expiry: datetime.datetime | None | Unset
        if _expiry is None or _expiry is UNSET:
            expiry = _expiry
        else:
            if type(_expiry) is not str:
                raise TypeError(f"TokenInfo.expiry: expected str (date-time), got {type(_expiry).__name__}")
            expiry_type_0 = datetime.datetime.fromisoformat(_expiry)

            expiry = expiry_type_0

        revoked = d.pop("revoked", UNSET)
        if type(revoked) is not bool and revoked is not UNSET:
            raise TypeError(f"TokenInfo.revoked: expected bool, got {type(revoked).__name__}")

        _token_type = d.pop("tokenType", UNSET)
        token_type: TokenType | Unset
        if _token_type is UNSET:
            token_type = UNSET
        else:
            if type(_token_type) is not str:
                raise TypeError(f"TokenInfo.tokenType: expected str, got {type(_token_type).__name__}")
            token_type = check_token_type(_token_type)

        token_info = cls(
            id,
            user_id,
            created_at,
            description,
            expiry,
            revoked,
            token_type,
        )

        token_info.additional_properties = d if d else {}
        return token_info

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
