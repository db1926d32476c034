from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_info import TokenInfo


T = TypeVar("T", bound="PatchAccessTokenResponse")


@_attrs_define
class PatchAccessTokenResponse:
    """
    Attributes:
        token_info (None | TokenInfo | Unset):
    """

    token_info: None | TokenInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.token_info import TokenInfo  # noqa: PLC0415

        token_info: dict[str, Any] | None | Unset
        if isinstance(self.token_info, Unset):
            token_info = UNSET
        elif isinstance(self.token_info, TokenInfo):
            token_info = self.token_info.to_dict()
        else:
            token_info = self.token_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token_info is not UNSET:
            field_dict["tokenInfo"] = token_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.token_info import TokenInfo  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_token_info(data: object) -> None | TokenInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                token_info_type_0 = TokenInfo.from_dict(data)

                return token_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TokenInfo | Unset, data)

        token_info = _parse_token_info(d.pop("tokenInfo", UNSET))

        patch_access_token_response = cls(
            token_info=token_info,
        )

        patch_access_token_response.additional_properties = d
        return patch_access_token_response

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
