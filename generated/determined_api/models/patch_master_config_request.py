from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchMasterConfigRequest")


@_attrs_define
class PatchMasterConfigRequest:
    """
    Attributes:
        config (Config | None | Unset):
        field_mask (FieldMask | None | Unset):
    """

    config: Config | None | Unset = UNSET
    field_mask: FieldMask | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, Config):
            config = self.config.to_dict()
        else:
            config = self.config

        field_mask: dict[str, Any] | None | Unset
        if isinstance(self.field_mask, Unset):
            field_mask = UNSET
        elif isinstance(self.field_mask, FieldMask):
            field_mask = self.field_mask.to_dict()
        else:
            field_mask = self.field_mask

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if field_mask is not UNSET:
            field_dict["fieldMask"] = field_mask

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: Config | None | Unset
        if _config is None or _config is UNSET:
            config = _config
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"PatchMasterConfigRequest.config: expected object, got {type(_config).__name__}")
            config_type_0 = Config.from_dict(_config)

            config = config_type_0

        _field_mask = d.pop("fieldMask", UNSET)
        field_mask: FieldMask | None | Unset
        if _field_mask is None or _field_mask is UNSET:
            field_mask = _field_mask
        else:
            if not isinstance(_field_mask, dict):
                raise TypeError(
                    f"PatchMasterConfigRequest.fieldMask: expected object, got {type(_field_mask).__name__}"
                )
            field_mask_type_0 = FieldMask.from_dict(_field_mask)

            field_mask = field_mask_type_0

        patch_master_config_request = cls(
            config,
            field_mask,
        )

        patch_master_config_request.additional_properties = d if d else {}
        return patch_master_config_request

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
from ..models.config import Config  # noqa: E402
from ..models.field_mask import FieldMask  # noqa: E402
