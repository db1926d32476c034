from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostModelRequest")


@_attrs_define
class PostModelRequest:
    """
    Attributes:
        name (str):
        description (str | Unset):
        labels (list[str] | Unset):
        metadata (None | PostModelRequestMetadataType0 | Unset):
        notes (str | Unset):
        workspace_id (int | Unset): The workspace to put the model in, by id.
        workspace_name (str | Unset): The workspace to put the model in, by name (instead of the id).
    """

    name: str
    description: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    metadata: None | PostModelRequestMetadataType0 | Unset = UNSET
    notes: str | Unset = UNSET
    workspace_id: int | Unset = UNSET
    workspace_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PostModelRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        notes = self.notes

        workspace_id = self.workspace_id

        workspace_name = self.workspace_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if labels is not UNSET:
            field_dict["labels"] = labels
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if notes is not UNSET:
            field_dict["notes"] = notes
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if workspace_name is not UNSET:
            field_dict["workspaceName"] = workspace_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if type(name) is not str:
            raise TypeError(f"PostModelRequest.name: expected str, got {type(name).__name__}")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise TypeError(f"PostModelRequest.description: expected str, got {type(description).__name__}")

        _labels = d.pop("labels", UNSET)
        labels: list[str] | Unset = UNSET
        if _labels is not UNSET:
            if not isinstance(_labels, list):
                raise TypeError(f"PostModelRequest.labels: expected list, got {type(_labels).__name__}")
            for labels_item_data in _labels:
                if type(labels_item_data) is not str:
                    raise TypeError(
                        f"PostModelRequest.labels item: expected str, got {type(labels_item_data).__name__}"
                    )
            labels = _labels

        _metadata = d.pop("metadata", UNSET)
        metadata: None | PostModelRequestMetadataType0 | Unset
        if _metadata is None or _metadata is UNSET:
            metadata = _metadata
        else:
            if not isinstance(_metadata, dict):
                raise TypeError(f"PostModelRequest.metadata: expected object, got {type(_metadata).__name__}")
            metadata_type_0 = PostModelRequestMetadataType0.from_dict(_metadata)

            metadata = metadata_type_0

        notes = d.pop("notes", UNSET)
        if type(notes) is not str and notes is not UNSET:
            raise TypeError(f"PostModelRequest.notes: expected str, got {type(notes).__name__}")

        workspace_id = d.pop("workspaceId", UNSET)
        if type(workspace_id) is not int and workspace_id is not UNSET:
            raise TypeError(f"PostModelRequest.workspaceId: expected int, got {type(workspace_id).__name__}")

        workspace_name = d.pop("workspaceName", UNSET)
        if type(workspace_name) is not str and workspace_name is not UNSET:
            raise TypeError(f"PostModelRequest.workspaceName: expected str, got {type(workspace_name).__name__}")

        post_model_request = cls(
            name,
            description,
            labels,
            metadata,
            notes,
            workspace_id,
            workspace_name,
        )

        post_model_request.additional_properties = d if d else {}
        return post_model_request

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
from ..models.post_model_request_metadata_type_0 import PostModelRequestMetadataType0  # noqa: E402
