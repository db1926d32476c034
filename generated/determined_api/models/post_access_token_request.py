from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostAccessTokenRequest")


@_attrs_define
class PostAccessTokenRequest:
    """
    Attributes:
        user_id (int): The user the token will act as.
        description (str | Unset): Free text to recognise the token by later.
        lifespan (str | Unset): How long the token works, as a Go duration (`720h`, `30m`); the master's default when
            empty.
    """

    user_id: int
    description: str | Unset = UNSET
    lifespan: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        description = self.description

        lifespan = self.lifespan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if lifespan is not UNSET:
            field_dict["lifespan"] = lifespan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId")
        if type(user_id) is not int:
            raise TypeError(f"PostAccessTokenRequest.userId: expected int, got {type(user_id).__name__}")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise TypeError(f"PostAccessTokenRequest.description: expected str, got {type(description).__name__}")

        lifespan = d.pop("lifespan", UNSET)
        if type(lifespan) is not str and lifespan is not UNSET:
            raise TypeError(f"PostAccessTokenRequest.lifespan: expected str, got {type(lifespan).__name__}")

        post_access_token_request = cls(
            user_id,
            description,
            lifespan,
        )

        post_access_token_request.additional_properties = d if d else {}
        return post_access_token_request

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
