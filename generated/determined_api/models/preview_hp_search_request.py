from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviewHPSearchRequest")


@_attrs_define
class PreviewHPSearchRequest:
    """
    Attributes:
        config (None | PreviewHPSearchRequestConfigType0 | Unset): The experiment configuration whose searcher to
            simulate.
        seed (int | Unset): Seed for the simulated searcher (a 64-bit integer as a string of digits); the same seed
            gives the same preview.
    """

    config: None | PreviewHPSearchRequestConfigType0 | Unset = UNSET
    seed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, PreviewHPSearchRequestConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: None | PreviewHPSearchRequestConfigType0 | Unset
        if _config is None or _config is UNSET:
            config = _config
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"PreviewHPSearchRequest.config: expected object, got {type(_config).__name__}")
            config_type_0 = PreviewHPSearchRequestConfigType0.from_dict(_config)

            config = config_type_0

        seed = d.pop("seed", UNSET)
        if type(seed) is not int and seed is not UNSET:
            raise TypeError(f"PreviewHPSearchRequest.seed: expected int, got {type(seed).__name__}")

        preview_hp_search_request = cls(
            config,
            seed,
        )

        preview_hp_search_request.additional_properties = d if d else {}
        return preview_hp_search_request

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
from ..models.preview_hp_search_request_config_type_0 import PreviewHPSearchRequestConfigType0  # noqa: E402
