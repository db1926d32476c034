from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetModelVersionsResponse")


@_attrs_define
class GetModelVersionsResponse:
    """
    Attributes:
        model (Model | None):
        model_versions (list[ModelVersion]):
        pagination (None | Pagination):
    """

    model: Model | None
    model_versions: list[ModelVersion]
    pagination: None | Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: dict[str, Any] | None
        if isinstance(self.model, Model):
            model = self.model.to_dict()
        else:
            model = self.model

        model_versions = []
        for model_versions_item_data in self.model_versions:
            model_versions_item = model_versions_item_data.to_dict()
            model_versions.append(model_versions_item)

        pagination: dict[str, Any] | None
        if isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "modelVersions": model_versions,
                "pagination": pagination,
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
                raise TypeError(f"GetModelVersionsResponse.model: expected object, got {type(_model).__name__}")
            model_type_0 = Model.from_dict(_model)

            model = model_type_0

        _model_versions = d.pop("modelVersions")
        if not isinstance(_model_versions, list):
            raise TypeError(
                f"GetModelVersionsResponse.modelVersions: expected list, got {type(_model_versions).__name__}"
            )
        model_versions = []
        for model_versions_item_data in _model_versions:
            if not isinstance(model_versions_item_data, dict):
                raise TypeError(
                    f"GetModelVersionsResponse.modelVersions item: expected object, got {type(model_versions_item_data).__name__}"
                )
            model_versions_item = ModelVersion.from_dict(model_versions_item_data)

            model_versions.append(model_versions_item)

        _pagination = d.pop("pagination")
        pagination: None | Pagination
        if _pagination is None:
            pagination = _pagination
        else:
            if not isinstance(_pagination, dict):
                raise TypeError(
                    f"GetModelVersionsResponse.pagination: expected object, got {type(_pagination).__name__}"
                )
            pagination_type_0 = Pagination.from_dict(_pagination)

            pagination = pagination_type_0

        get_model_versions_response = cls(
            model,
            model_versions,
            pagination,
        )

        get_model_versions_response.additional_properties = d if d else {}
        return get_model_versions_response

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
from ..models.model_version import ModelVersion  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402
