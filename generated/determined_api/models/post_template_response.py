from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostTemplateResponse")


@_attrs_define
class PostTemplateResponse:
    """
    Attributes:
        template (None | Template):
    """

    template: None | Template
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template: dict[str, Any] | None
        if isinstance(self.template, Template):
            template = self.template.to_dict()
        else:
            template = self.template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template": template,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _template = d.pop("template")
        template: None | Template
        if _template is None:
            template = _template
        else:
            if not isinstance(_template, dict):
                raise TypeError(f"PostTemplateResponse.template: expected object, got {type(_template).__name__}")
            template_type_0 = Template.from_dict(_template)

            template = template_type_0

        post_template_response = cls(
            template,
        )

        post_template_response.additional_properties = d if d else {}
        return post_template_response

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
from ..models.template import Template  # noqa: E402
