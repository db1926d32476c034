from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PatchModelVersionResponse")


@_attrs_define
class PatchModelVersionResponse:
    """
    Attributes:
        model_version (ModelVersion | None):
    """

    model_version: ModelVersion | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_version: dict[str, Any] | None
        if isinstance(self.model_version, ModelVersion):
            model_version = self.model_version.to_dict()
        else:
            model_version = self.model_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelVersion": model_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _model_version = d.pop("modelVersion")
        model_version: ModelVersion | None
        if _model_version is None:
            model_version = _model_version
        else:
            if not isinstance(_model_version, dict):
                raise TypeError(
                    f"PatchModelVersionResponse.modelVersion: expected object, got {type(_model_version).__name__}"
                )
            model_version_type_0 = ModelVersion.from_dict(_model_version)

            model_version = model_version_type_0

        patch_model_version_response = cls(
            model_version,
        )

        patch_model_version_response.additional_properties = d if d else {}
        return patch_model_version_response

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
from ..models.model_version import ModelVersion  # noqa: E402
