from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetUserSettingResponse")


@_attrs_define
class GetUserSettingResponse:
    """
    Attributes:
        settings (list[UserWebSetting]):
    """

    settings: list[UserWebSetting]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings = []
        for settings_item_data in self.settings:
            settings_item = settings_item_data.to_dict()
            settings.append(settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "settings": settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _settings = d.pop("settings")
        if not isinstance(_settings, list):
            raise TypeError(f"GetUserSettingResponse.settings: expected list, got {type(_settings).__name__}")
        settings = []
        for settings_item_data in _settings:
            if not isinstance(settings_item_data, dict):
                raise TypeError(
                    f"GetUserSettingResponse.settings item: expected object, got {type(settings_item_data).__name__}"
                )
            settings_item = UserWebSetting.from_dict(settings_item_data)

            settings.append(settings_item)

        get_user_setting_response = cls(
            settings,
        )

        get_user_setting_response.additional_properties = d if d else {}
        return get_user_setting_response

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
from ..models.user_web_setting import UserWebSetting  # noqa: E402
