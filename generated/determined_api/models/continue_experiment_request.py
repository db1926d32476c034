from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContinueExperimentRequest")


@_attrs_define
class ContinueExperimentRequest:
    """
    Attributes:
        id (int): The experiment to continue.
        override_config (str | Unset): Configuration (YAML text) merged over the experiment's before it runs again.
    """

    id: int
    override_config: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        override_config = self.override_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if override_config is not UNSET:
            field_dict["overrideConfig"] = override_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError(f"ContinueExperimentRequest.id: expected int, got {type(id).__name__}")

        override_config = d.pop("overrideConfig", UNSET)
        if type(override_config) is not str and override_config is not UNSET:
            raise TypeError(
                f"ContinueExperimentRequest.overrideConfig: expected str, got {type(override_config).__name__}"
            )

        continue_experiment_request = cls(
            id,
            override_config,
        )

        continue_experiment_request.additional_properties = d if d else {}
        return continue_experiment_request

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
