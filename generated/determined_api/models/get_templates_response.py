from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetTemplatesResponse")


@_attrs_define
class GetTemplatesResponse:
    """
    Attributes:
        pagination (None | Pagination):
        templates (list[Template]):
    """

    pagination: None | Pagination
    templates: list[Template]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination: dict[str, Any] | None
        if isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        templates = []
        for templates_item_data in self.templates:
            templates_item = templates_item_data.to_dict()
            templates.append(templates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "templates": templates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _pagination = d.pop("pagination")
        pagination: None | Pagination
        if _pagination is None:
            pagination = _pagination
        else:
            if not isinstance(_pagination, dict):
                raise TypeError(f"GetTemplatesResponse.pagination: expected object, got {type(_pagination).__name__}")
            pagination_type_0 = Pagination.from_dict(_pagination)

            pagination = pagination_type_0

        _templates = d.pop("templates")
        if not isinstance(_templates, list):
            raise TypeError(f"GetTemplatesResponse.templates: expected list, got {type(_templates).__name__}")
        templates = []
        for templates_item_data in _templates:
            if not isinstance(templates_item_data, dict):
                raise TypeError(
                    f"GetTemplatesResponse.templates item: expected object, got {type(templates_item_data).__name__}"
                )
            templates_item = Template.from_dict(templates_item_data)

            templates.append(templates_item)

        get_templates_response = cls(
            pagination,
            templates,
        )

        get_templates_response.additional_properties = d if d else {}
        return get_templates_response

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
from ..models.pagination import Pagination  # noqa: E402
from ..models.template import Template  # noqa: E402
