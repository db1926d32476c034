from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostWorkspaceResponse")


@_attrs_define
class PostWorkspaceResponse:
    """
    Attributes:
        workspace (None | Workspace):
        namespace_bindings (PostWorkspaceResponseNamespaceBindings | Unset):
    """

    workspace: None | Workspace
    namespace_bindings: PostWorkspaceResponseNamespaceBindings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace: dict[str, Any] | None
        if isinstance(self.workspace, Workspace):
            workspace = self.workspace.to_dict()
        else:
            workspace = self.workspace

        namespace_bindings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.namespace_bindings, Unset):
            namespace_bindings = self.namespace_bindings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace": workspace,
            }
        )
        if namespace_bindings is not UNSET:
            field_dict["namespaceBindings"] = namespace_bindings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _workspace = d.pop("workspace")
        workspace: None | Workspace
        if _workspace is None:
            workspace = _workspace
        else:
            if not isinstance(_workspace, dict):
                raise TypeError(f"PostWorkspaceResponse.workspace: expected object, got {type(_workspace).__name__}")
            workspace_type_0 = Workspace.from_dict(_workspace)

            workspace = workspace_type_0

        _namespace_bindings = d.pop("namespaceBindings", UNSET)
        namespace_bindings: PostWorkspaceResponseNamespaceBindings | Unset
        if _namespace_bindings is UNSET:
            namespace_bindings = UNSET
        else:
            if not isinstance(_namespace_bindings, dict):
                raise TypeError(
                    f"PostWorkspaceResponse.namespaceBindings: expected object, got {type(_namespace_bindings).__name__}"
                )
            namespace_bindings = PostWorkspaceResponseNamespaceBindings.from_dict(_namespace_bindings)

        post_workspace_response = cls(
            workspace,
            namespace_bindings,
        )

        post_workspace_response.additional_properties = d if d else {}
        return post_workspace_response

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
from ..models.post_workspace_response_namespace_bindings import PostWorkspaceResponseNamespaceBindings  # noqa: E402
from ..models.workspace import Workspace  # noqa: E402
