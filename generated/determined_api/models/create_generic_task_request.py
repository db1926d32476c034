from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateGenericTaskRequest")


@_attrs_define
class CreateGenericTaskRequest:
    """
    Attributes:
        config (str):
        context_directory (list[File]):
        forked_from (str | Unset):
        inherit_context (bool | Unset):
        no_pause (bool | Unset):
        parent_id (str | Unset):
        project_id (int | Unset):
    """

    config: str
    context_directory: list[File]
    forked_from: str | Unset = UNSET
    inherit_context: bool | Unset = UNSET
    no_pause: bool | Unset = UNSET
    parent_id: str | Unset = UNSET
    project_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = self.config

        context_directory = []
        for context_directory_item_data in self.context_directory:
            context_directory_item = context_directory_item_data.to_dict()
            context_directory.append(context_directory_item)

        forked_from = self.forked_from

        inherit_context = self.inherit_context

        no_pause = self.no_pause

        parent_id = self.parent_id

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "contextDirectory": context_directory,
            }
        )
        if forked_from is not UNSET:
            field_dict["forkedFrom"] = forked_from
        if inherit_context is not UNSET:
            field_dict["inheritContext"] = inherit_context
        if no_pause is not UNSET:
            field_dict["noPause"] = no_pause
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config = d.pop("config")
        if type(config) is not str:
            raise TypeError(f"CreateGenericTaskRequest.config: expected str, got {type(config).__name__}")

        _context_directory = d.pop("contextDirectory")
        if not isinstance(_context_directory, list):
            raise TypeError(
                f"CreateGenericTaskRequest.contextDirectory: expected list, got {type(_context_directory).__name__}"
            )
        context_directory = []
        for context_directory_item_data in _context_directory:
            if not isinstance(context_directory_item_data, dict):
                raise TypeError(
                    f"CreateGenericTaskRequest.contextDirectory item: expected object, got {type(context_directory_item_data).__name__}"
                )
            context_directory_item = File.from_dict(context_directory_item_data)

            context_directory.append(context_directory_item)

        forked_from = d.pop("forkedFrom", UNSET)
        if type(forked_from) is not str and forked_from is not UNSET:
            raise TypeError(f"CreateGenericTaskRequest.forkedFrom: expected str, got {type(forked_from).__name__}")

        inherit_context = d.pop("inheritContext", UNSET)
        if type(inherit_context) is not bool and inherit_context is not UNSET:
            raise TypeError(
                f"CreateGenericTaskRequest.inheritContext: expected bool, got {type(inherit_context).__name__}"
            )

        no_pause = d.pop("noPause", UNSET)
        if type(no_pause) is not bool and no_pause is not UNSET:
            raise TypeError(f"CreateGenericTaskRequest.noPause: expected bool, got {type(no_pause).__name__}")

        parent_id = d.pop("parentId", UNSET)
        if type(parent_id) is not str and parent_id is not UNSET:
            raise TypeError(f"CreateGenericTaskRequest.parentId: expected str, got {type(parent_id).__name__}")

        project_id = d.pop("projectId", UNSET)
        if type(project_id) is not int and project_id is not UNSET:
            raise TypeError(f"CreateGenericTaskRequest.projectId: expected int, got {type(project_id).__name__}")

        create_generic_task_request = cls(
            config,
            context_directory,
            forked_from,
            inherit_context,
            no_pause,
            parent_id,
            project_id,
        )

        create_generic_task_request.additional_properties = d if d else {}
        return create_generic_task_request

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
from ..models.file import File  # noqa: E402
