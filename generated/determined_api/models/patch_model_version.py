from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchModelVersion")


@_attrs_define
class PatchModelVersion:
    """The changes patchModelVersion makes; only the fields present are changed.

    Attributes:
        checkpoint (Checkpoint | None | Unset):
        comment (None | str | Unset):
        labels (list[str] | None | Unset):
        metadata (None | PatchModelVersionMetadataType0 | Unset):
        name (None | str | Unset):
        notes (None | str | Unset):
    """

    checkpoint: Checkpoint | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    labels: list[str] | None | Unset = UNSET
    metadata: None | PatchModelVersionMetadataType0 | Unset = UNSET
    name: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint: dict[str, Any] | None | Unset
        if isinstance(self.checkpoint, Unset):
            checkpoint = UNSET
        elif isinstance(self.checkpoint, Checkpoint):
            checkpoint = self.checkpoint.to_dict()
        else:
            checkpoint = self.checkpoint

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

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
        elif isinstance(self.metadata, PatchModelVersionMetadataType0):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if comment is not UNSET:
            field_dict["comment"] = comment
        if labels is not UNSET:
            field_dict["labels"] = labels
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _checkpoint = d.pop("checkpoint", UNSET)
        checkpoint: Checkpoint | None | Unset
        if _checkpoint is None or _checkpoint is UNSET:
            checkpoint = _checkpoint
        else:
            if not isinstance(_checkpoint, dict):
                raise TypeError(f"PatchModelVersion.checkpoint: expected object, got {type(_checkpoint).__name__}")
            checkpoint_type_0 = Checkpoint.from_dict(_checkpoint)

            checkpoint = checkpoint_type_0

        comment = d.pop("comment", UNSET)
        if type(comment) is not str and comment is not None and comment is not UNSET:
            raise TypeError(f"PatchModelVersion.comment: expected str, got {type(comment).__name__}")

        _labels = d.pop("labels", UNSET)
        labels: list[str] | None | Unset
        if _labels is None or _labels is UNSET:
            labels = _labels
        else:
            _labels_type_0 = _labels
            if not isinstance(_labels_type_0, list):
                raise TypeError(f"PatchModelVersion.labels: expected list, got {type(_labels_type_0).__name__}")
            for labels_type_0_item_data in _labels_type_0:
                if type(labels_type_0_item_data) is not str:
                    raise TypeError(
                        f"PatchModelVersion.labels item: expected str, got {type(labels_type_0_item_data).__name__}"
                    )
            labels_type_0: list[str] = _labels_type_0

            labels = labels_type_0

        _metadata = d.pop("metadata", UNSET)
        metadata: None | PatchModelVersionMetadataType0 | Unset
        if _metadata is None or _metadata is UNSET:
            metadata = _metadata
        else:
            if not isinstance(_metadata, dict):
                raise TypeError(f"PatchModelVersion.metadata: expected object, got {type(_metadata).__name__}")
            metadata_type_0 = PatchModelVersionMetadataType0.from_dict(_metadata)

            metadata = metadata_type_0

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not None and name is not UNSET:
            raise TypeError(f"PatchModelVersion.name: expected str, got {type(name).__name__}")

        notes = d.pop("notes", UNSET)
        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError(f"PatchModelVersion.notes: expected str, got {type(notes).__name__}")

        patch_model_version = cls(
            checkpoint,
            comment,
            labels,
            metadata,
            name,
            notes,
        )

        patch_model_version.additional_properties = d if d else {}
        return patch_model_version

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
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.patch_model_version_metadata_type_0 import PatchModelVersionMetadataType0  # noqa: E402
