from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SSOProvider")


@_attrs_define
class SSOProvider:
    """A single sign-on provider the login page offers.

    Attributes:
        name (str): The provider's name as users see it.
        sso_url (str): Where login with this provider starts.
        type_ (str): The protocol, e.g. `saml` or `oidc`.
        always_redirect (bool | Unset): Send users straight to this provider instead of the login form.
    """

    name: str
    sso_url: str
    type_: str
    always_redirect: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sso_url = self.sso_url

        type_ = self.type_

        always_redirect = self.always_redirect

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "ssoUrl": sso_url,
                "type": type_,
            }
        )
        if always_redirect is not UNSET:
            field_dict["alwaysRedirect"] = always_redirect

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if type(name) is not str:
            raise TypeError(f"SSOProvider.name: expected str, got {type(name).__name__}")

        sso_url = d.pop("ssoUrl")
        if type(sso_url) is not str:
            raise TypeError(f"SSOProvider.ssoUrl: expected str, got {type(sso_url).__name__}")

        type_ = d.pop("type")
        if type(type_) is not str:
            raise TypeError(f"SSOProvider.type: expected str, got {type(type_).__name__}")

        always_redirect = d.pop("alwaysRedirect", UNSET)
        if type(always_redirect) is not bool and always_redirect is not UNSET:
            raise TypeError(f"SSOProvider.alwaysRedirect: expected bool, got {type(always_redirect).__name__}")

        sso_provider = cls(
            name,
            sso_url,
            type_,
            always_redirect,
        )

        sso_provider.additional_properties = d if d else {}
        return sso_provider

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
