from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchModel")


@_attrs_define
class PatchModel:
    """The changes patchModel makes; only the fields present are changed.

    Attributes:
        description (None | str | Unset):
        labels (list[str] | None | Unset):
        metadata (None | PatchModelMetadataType0 | Unset):
        name (None | str | Unset):
        notes (None | str | Unset):
        workspace_id (int | Unset):
        workspace_name (str | Unset):
    """

    description: None | str | Unset = UNSET
    labels: list[str] | None | Unset = UNSET
    metadata: None | PatchModelMetadataType0 | Unset = UNSET
    name: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    workspace_id: int | Unset = UNSET
    workspace_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        labels: list[str] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PatchModelMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        workspace_id = self.workspace_id

        workspace_name = self.workspace_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if labels is not UNSET:
            field_dict["labels"] = labels
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
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
        description = d.pop("description", UNSET)
        if type(description) is not str and description is not None and description is not UNSET:
            raise TypeError(f"PatchModel.description: expected str, got {type(description).__name__}")

        _labels = d.pop("labels", UNSET)
        labels: list[str] | None | Unset
        if _labels is None or _labels is UNSET:
            labels = _labels
        else:
            _labels_type_0 = _labels
            if not isinstance(_labels_type_0, list):
                raise TypeError(f"PatchModel.labels: expected list, got {type(_labels_type_0).__name__}")
            for labels_type_0_item_data in _labels_type_0:
                if type(labels_type_0_item_data) is not str:
                    raise TypeError(
                        f"PatchModel.labels item: expected str, got {type(labels_type_0_item_data).__name__}"
                    )
            labels_type_0: list[str] = _labels_type_0

            labels = labels_type_0

        _metadata = d.pop("metadata", UNSET)
        metadata: None | PatchModelMetadataType0 | Unset
        if _metadata is None or _metadata is UNSET:
            metadata = _metadata
        else:
            if not isinstance(_metadata, dict):
                raise TypeError(f"PatchModel.metadata: expected object, got {type(_metadata).__name__}")
            metadata_type_0 = PatchModelMetadataType0.from_dict(_metadata)

            metadata = metadata_type_0

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not None and name is not UNSET:
            raise TypeError(f"PatchModel.name: expected str, got {type(name).__name__}")

        notes = d.pop("notes", UNSET)
        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError(f"PatchModel.notes: expected str, got {type(notes).__name__}")

        workspace_id = d.pop("workspaceId", UNSET)
        if type(workspace_id) is not int and workspace_id is not UNSET:
            raise TypeError(f"PatchModel.workspaceId: expected int, got {type(workspace_id).__name__}")

        workspace_name = d.pop("workspaceName", UNSET)
        if type(workspace_name) is not str and workspace_name is not UNSET:
            raise TypeError(f"PatchModel.workspaceName: expected str, got {type(workspace_name).__name__}")

        patch_model = cls(
            description,
            labels,
            metadata,
            name,
            notes,
            workspace_id,
            workspace_name,
        )

        patch_model.additional_properties = d if d else {}
        return patch_model

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
from ..models.patch_model_metadata_type_0 import PatchModelMetadataType0  # noqa: E402
