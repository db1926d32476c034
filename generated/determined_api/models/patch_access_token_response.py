from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        _token_info = d.pop("tokenInfo", UNSET)
        token_info: None | TokenInfo | Unset
        if _token_info is None or _token_info is UNSET:
            token_info = _token_info
        else:
            if not isinstance(_token_info, dict):
                raise TypeError(
                    f"PatchAccessTokenResponse.tokenInfo: expected object, got {type(_token_info).__name__}"
                )
            token_info_type_0 = TokenInfo.from_dict(_token_info)

            token_info = token_info_type_0

        patch_access_token_response = cls(
            token_info,
        )

        patch_access_token_response.additional_properties = d if d else {}
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


# determined-client template: models this one refers to, imported after the class exists so
# that models which refer to each other import in any order, and once, not per call.
from ..models.token_info import TokenInfo  # noqa: E402
