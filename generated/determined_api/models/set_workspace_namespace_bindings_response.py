from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetWorkspaceNamespaceBindingsResponse")


@_attrs_define
class SetWorkspaceNamespaceBindingsResponse:
    """
    Attributes:
        namespace_bindings (SetWorkspaceNamespaceBindingsResponseNamespaceBindings):
    """

    namespace_bindings: SetWorkspaceNamespaceBindingsResponseNamespaceBindings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace_bindings = self.namespace_bindings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespaceBindings": namespace_bindings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _namespace_bindings = d.pop("namespaceBindings")
        if not isinstance(_namespace_bindings, dict):
            raise TypeError(
                f"SetWorkspaceNamespaceBindingsResponse.namespaceBindings: expected object, got {type(_namespace_bindings).__name__}"
            )
        namespace_bindings = SetWorkspaceNamespaceBindingsResponseNamespaceBindings.from_dict(_namespace_bindings)

        set_workspace_namespace_bindings_response = cls(
            namespace_bindings,
        )

        set_workspace_namespace_bindings_response.additional_properties = d if d else {}
        return set_workspace_namespace_bindings_response

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
from ..models.set_workspace_namespace_bindings_response_namespace_bindings import (
    SetWorkspaceNamespaceBindingsResponseNamespaceBindings,  # noqa: E402
)
