from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListWorkspaceNamespaceBindingsResponseNamespaceBindings")


@_attrs_define
class ListWorkspaceNamespaceBindingsResponseNamespaceBindings:
    additional_properties: dict[str, WorkspaceNamespaceBinding] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_workspace_namespace_bindings_response_namespace_bindings = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            if not isinstance(prop_dict, dict):
                raise TypeError(
                    f"ListWorkspaceNamespaceBindingsResponseNamespaceBindings.*: expected object, got {type(prop_dict).__name__}"
                )
            additional_property = WorkspaceNamespaceBinding.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        list_workspace_namespace_bindings_response_namespace_bindings.additional_properties = additional_properties
        return list_workspace_namespace_bindings_response_namespace_bindings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> WorkspaceNamespaceBinding:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: WorkspaceNamespaceBinding) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# determined-client template: models this one refers to, imported after the class exists so
# that models which refer to each other import in any order, and once, not per call.
from ..models.workspace_namespace_binding import WorkspaceNamespaceBinding  # noqa: E402
