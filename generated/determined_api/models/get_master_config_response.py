from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetMasterConfigResponse")


@_attrs_define
class GetMasterConfigResponse:
    """
    Attributes:
        config (GetMasterConfigResponseConfigType0 | None):
    """

    config: GetMasterConfigResponseConfigType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | None
        if isinstance(self.config, GetMasterConfigResponseConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config")
        config: GetMasterConfigResponseConfigType0 | None
        if _config is None:
            config = _config
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"GetMasterConfigResponse.config: expected object, got {type(_config).__name__}")
            config_type_0 = GetMasterConfigResponseConfigType0.from_dict(_config)

            config = config_type_0

        get_master_config_response = cls(
            config,
        )

        get_master_config_response.additional_properties = d if d else {}
        return get_master_config_response

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
from ..models.get_master_config_response_config_type_0 import GetMasterConfigResponseConfigType0  # noqa: E402
