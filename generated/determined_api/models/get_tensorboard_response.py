from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetTensorboardResponse")


@_attrs_define
class GetTensorboardResponse:
    """
    Attributes:
        config (GetTensorboardResponseConfigType0 | None):
        tensorboard (None | Tensorboard):
    """

    config: GetTensorboardResponseConfigType0 | None
    tensorboard: None | Tensorboard
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | None
        if isinstance(self.config, GetTensorboardResponseConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        tensorboard: dict[str, Any] | None
        if isinstance(self.tensorboard, Tensorboard):
            tensorboard = self.tensorboard.to_dict()
        else:
            tensorboard = self.tensorboard

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "tensorboard": tensorboard,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config")
        config: GetTensorboardResponseConfigType0 | None
        if _config is None:
            config = _config
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"GetTensorboardResponse.config: expected object, got {type(_config).__name__}")
            config_type_0 = GetTensorboardResponseConfigType0.from_dict(_config)

            config = config_type_0

        _tensorboard = d.pop("tensorboard")
        tensorboard: None | Tensorboard
        if _tensorboard is None:
            tensorboard = _tensorboard
        else:
            if not isinstance(_tensorboard, dict):
                raise TypeError(
                    f"GetTensorboardResponse.tensorboard: expected object, got {type(_tensorboard).__name__}"
                )
            tensorboard_type_0 = Tensorboard.from_dict(_tensorboard)

            tensorboard = tensorboard_type_0

        get_tensorboard_response = cls(
            config,
            tensorboard,
        )

        get_tensorboard_response.additional_properties = d if d else {}
        return get_tensorboard_response

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
from ..models.get_tensorboard_response_config_type_0 import GetTensorboardResponseConfigType0  # noqa: E402
from ..models.tensorboard import Tensorboard  # noqa: E402
