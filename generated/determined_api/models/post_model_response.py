from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostModelResponse")


@_attrs_define
class PostModelResponse:
    """
    Attributes:
        model (Model | None):
    """

    model: Model | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: dict[str, Any] | None
        if isinstance(self.model, Model):
            model = self.model.to_dict()
        else:
            model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _model = d.pop("model")
        model: Model | None
        if _model is None:
            model = _model
        else:
            if not isinstance(_model, dict):
                raise TypeError(f"PostModelResponse.model: expected object, got {type(_model).__name__}")
            model_type_0 = Model.from_dict(_model)

            model = model_type_0

        post_model_response = cls(
            model,
        )

        post_model_response.additional_properties = d if d else {}
        return post_model_response

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
from ..models.model import Model  # noqa: E402
