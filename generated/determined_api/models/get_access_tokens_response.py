from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAccessTokensResponse")


@_attrs_define
class GetAccessTokensResponse:
    """
    Attributes:
        token_info (list[TokenInfo]):
        pagination (None | Pagination | Unset):
    """

    token_info: list[TokenInfo]
    pagination: None | Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_info = []
        for token_info_item_data in self.token_info:
            token_info_item = token_info_item_data.to_dict()
            token_info.append(token_info_item)

        pagination: dict[str, Any] | None | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        elif isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokenInfo": token_info,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _token_info = d.pop("tokenInfo")
        if not isinstance(_token_info, list):
            raise TypeError(f"GetAccessTokensResponse.tokenInfo: expected list, got {type(_token_info).__name__}")
        token_info = []
        for token_info_item_data in _token_info:
            if not isinstance(token_info_item_data, dict):
                raise TypeError(
                    f"GetAccessTokensResponse.tokenInfo item: expected object, got {type(token_info_item_data).__name__}"
                )
            token_info_item = TokenInfo.from_dict(token_info_item_data)

            token_info.append(token_info_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: None | Pagination | Unset
        if _pagination is None or _pagination is UNSET:
            pagination = _pagination
        else:
            if not isinstance(_pagination, dict):
                raise TypeError(
                    f"GetAccessTokensResponse.pagination: expected object, got {type(_pagination).__name__}"
                )
            pagination_type_0 = Pagination.from_dict(_pagination)

            pagination = pagination_type_0

        get_access_tokens_response = cls(
            token_info,
            pagination,
        )

        get_access_tokens_response.additional_properties = d if d else {}
        return get_access_tokens_response

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
from ..models.token_info import TokenInfo  # noqa: E402
