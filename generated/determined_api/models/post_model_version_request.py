from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostModelVersionRequest")


@_attrs_define
class PostModelVersionRequest:
    """
    Attributes:
        checkpoint_uuid (str): The checkpoint to register; it must be completed.
        model_name (str): The model's name; must match the path.
        comment (str | Unset):
        labels (list[str] | Unset):
        metadata (None | PostModelVersionRequestMetadataType0 | Unset):
        name (str | Unset):
        notes (str | Unset):
    """

    checkpoint_uuid: str
    model_name: str
    comment: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    metadata: None | PostModelVersionRequestMetadataType0 | Unset = UNSET
    name: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint_uuid = self.checkpoint_uuid

        model_name = self.model_name

        comment = self.comment

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PostModelVersionRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        name = self.name

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkpointUuid": checkpoint_uuid,
                "modelName": model_name,
            }
        )
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
        checkpoint_uuid = d.pop("checkpointUuid")
        if type(checkpoint_uuid) is not str:
            raise TypeError(
                f"PostModelVersionRequest.checkpointUuid: expected str, got {type(checkpoint_uuid).__name__}"
            )

        model_name = d.pop("modelName")
        if type(model_name) is not str:
            raise TypeError(f"PostModelVersionRequest.modelName: expected str, got {type(model_name).__name__}")

        comment = d.pop("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            raise TypeError(f"PostModelVersionRequest.comment: expected str, got {type(comment).__name__}")

        _labels = d.pop("labels", UNSET)
        labels: list[str] | Unset = UNSET
        if _labels is not UNSET:
            if not isinstance(_labels, list):
                raise TypeError(f"PostModelVersionRequest.labels: expected list, got {type(_labels).__name__}")
            for labels_item_data in _labels:
                if type(labels_item_data) is not str:
                    raise TypeError(
                        f"PostModelVersionRequest.labels item: expected str, got {type(labels_item_data).__name__}"
                    )
            labels = _labels

        _metadata = d.pop("metadata", UNSET)
        metadata: None | PostModelVersionRequestMetadataType0 | Unset
        if _metadata is None or _metadata is UNSET:
            metadata = _metadata
        else:
            if not isinstance(_metadata, dict):
                raise TypeError(f"PostModelVersionRequest.metadata: expected object, got {type(_metadata).__name__}")
            metadata_type_0 = PostModelVersionRequestMetadataType0.from_dict(_metadata)

            metadata = metadata_type_0

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise TypeError(f"PostModelVersionRequest.name: expected str, got {type(name).__name__}")

        notes = d.pop("notes", UNSET)
        if type(notes) is not str and notes is not UNSET:
            raise TypeError(f"PostModelVersionRequest.notes: expected str, got {type(notes).__name__}")

        post_model_version_request = cls(
            checkpoint_uuid,
            model_name,
            comment,
            labels,
            metadata,
            name,
            notes,
        )

        post_model_version_request.additional_properties = d if d else {}
        return post_model_version_request

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
from ..models.post_model_version_request_metadata_type_0 import PostModelVersionRequestMetadataType0  # noqa: E402
