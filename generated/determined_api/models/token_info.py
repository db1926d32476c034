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
    """
    Attributes:
        id (int):
        user_id (int):
        expiry (datetime.datetime | None | Unset):
        created_at (datetime.datetime | None | Unset):
        token_type (None | TokenType | Unset):
        revoked (bool | None | Unset):
        description (None | str | Unset):
    """

    id: int
    user_id: int
    expiry: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    token_type: None | TokenType | Unset = UNSET
    revoked: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        expiry: None | str | Unset
        if isinstance(self.expiry, Unset):
            expiry = UNSET
        elif isinstance(self.expiry, datetime.datetime):
            expiry = self.expiry.isoformat()
        else:
            expiry = self.expiry

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        token_type: None | str | Unset
        if isinstance(self.token_type, Unset):
            token_type = UNSET
        elif isinstance(self.token_type, str):
            token_type = self.token_type
        else:
            token_type = self.token_type

        revoked: bool | None | Unset
        if isinstance(self.revoked, Unset):
            revoked = UNSET
        else:
            revoked = self.revoked

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "userId": user_id,
            }
        )
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if token_type is not UNSET:
            field_dict["tokenType"] = token_type
        if revoked is not UNSET:
            field_dict["revoked"] = revoked
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("userId")

        _expiry = d.pop("expiry", UNSET)
        expiry: datetime.datetime | None | Unset
        if _expiry is None or _expiry is UNSET:
            expiry = _expiry
        else:
            try:
                if not isinstance(_expiry, str):
                    raise TypeError()
                expiry_type_0 = datetime.datetime.fromisoformat(_expiry)

                expiry = expiry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                expiry = _expiry

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | None | Unset
        if _created_at is None or _created_at is UNSET:
            created_at = _created_at
        else:
            try:
                if not isinstance(_created_at, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = _created_at

        _token_type = d.pop("tokenType", UNSET)
        token_type: None | TokenType | Unset
        if _token_type is None or _token_type is UNSET:
            token_type = _token_type
        else:
            try:
                if not isinstance(_token_type, str):
                    raise TypeError()
                token_type_type_0 = check_token_type(_token_type)

                token_type = token_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                token_type = _token_type

        revoked = d.pop("revoked", UNSET)

        description = d.pop("description", UNSET)

        token_info = cls(
            id,
            user_id,
            expiry,
            created_at,
            token_type,
            revoked,
            description,
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
