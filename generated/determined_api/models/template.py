from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
    """A named piece of configuration that experiments and tasks can start from; their own configuration wins where both
    set a field.

        Attributes:
            config (None | TemplateConfigType0): The configuration it provides.
            name (str): The template's name; unique.
            workspace_id (int): The workspace it belongs to.
    """

    config: None | TemplateConfigType0
    name: str
    workspace_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | None
        if isinstance(self.config, TemplateConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        name = self.name

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "name": name,
                "workspaceId": workspace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config")
        config: None | TemplateConfigType0
        if _config is None:
            config = _config
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"Template.config: expected object, got {type(_config).__name__}")
            config_type_0 = TemplateConfigType0.from_dict(_config)

            config = config_type_0

        name = d.pop("name")
        if type(name) is not str:
            raise TypeError(f"Template.name: expected str, got {type(name).__name__}")

        workspace_id = d.pop("workspaceId")
        if type(workspace_id) is not int:
            raise TypeError(f"Template.workspaceId: expected int, got {type(workspace_id).__name__}")

        template = cls(
            config,
            name,
            workspace_id,
        )

        template.additional_properties = d if d else {}
        return template

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
from ..models.template_config_type_0 import TemplateConfigType0  # noqa: E402
