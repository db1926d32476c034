from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelVersion")


@_attrs_define
class ModelVersion:
    """One version of a model: a checkpoint registered under the model's name.

    Attributes:
        checkpoint (Checkpoint | None): The checkpoint it registers.
        creation_time (datetime.datetime | None): When it was registered.
        id (int): The version's id across every model; not its number.
        last_updated_time (datetime.datetime | None): When it last changed.
        model (Model | None): The model it belongs to.
        version (int): The version's number within its model, from 1.
        comment (str | Unset): Free text about the version.
        labels (list[str] | Unset): Free-form labels.
        metadata (ModelVersionMetadataType0 | None | Unset): Free-form metadata.
        name (str | Unset): A name for the version; may be empty.
        notes (str | Unset): Markdown notes.
        user_id (int | Unset): The id of the user who registered it.
        username (str | Unset): The username of the user who registered it.
    """

    checkpoint: Checkpoint | None
    creation_time: datetime.datetime | None
    id: int
    last_updated_time: datetime.datetime | None
    model: Model | None
    version: int
    comment: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    metadata: ModelVersionMetadataType0 | None | Unset = UNSET
    name: str | Unset = UNSET
    notes: str | Unset = UNSET
    user_id: int | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint: dict[str, Any] | None
        if isinstance(self.checkpoint, Checkpoint):
            checkpoint = self.checkpoint.to_dict()
        else:
            checkpoint = self.checkpoint

        creation_time: None | str
        if isinstance(self.creation_time, datetime.datetime):
            creation_time = self.creation_time.isoformat()
        else:
            creation_time = self.creation_time

        id = self.id

        last_updated_time: None | str
        if isinstance(self.last_updated_time, datetime.datetime):
            last_updated_time = self.last_updated_time.isoformat()
        else:
            last_updated_time = self.last_updated_time

        model: dict[str, Any] | None
        if isinstance(self.model, Model):
            model = self.model.to_dict()
        else:
            model = self.model

        version = self.version

        comment = self.comment

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ModelVersionMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        name = self.name

        notes = self.notes

        user_id = self.user_id

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkpoint": checkpoint,
                "creationTime": creation_time,
                "id": id,
                "lastUpdatedTime": last_updated_time,
                "model": model,
                "version": version,
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
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _checkpoint = d.pop("checkpoint")
        checkpoint: Checkpoint | None
        if _checkpoint is None:
            checkpoint = _checkpoint
        else:
            if not isinstance(_checkpoint, dict):
                raise TypeError(f"ModelVersion.checkpoint: expected object, got {type(_checkpoint).__name__}")
            checkpoint_type_0 = Checkpoint.from_dict(_checkpoint)

            checkpoint = checkpoint_type_0

        _creation_time = d.pop("creationTime")
        creation_time: datetime.datetime | None
        if _creation_time is None:
            creation_time = _creation_time
        else:
            if type(_creation_time) is not str:
                raise TypeError(
                    f"ModelVersion.creationTime: expected str (date-time), got {type(_creation_time).__name__}"
                )
            creation_time_type_0 = datetime.datetime.fromisoformat(_creation_time)

            creation_time = creation_time_type_0

        id = d.pop("id")
        if type(id) is not int:
            raise TypeError(f"ModelVersion.id: expected int, got {type(id).__name__}")

        _last_updated_time = d.pop("lastUpdatedTime")
        last_updated_time: datetime.datetime | None
        if _last_updated_time is None:
            last_updated_time = _last_updated_time
        else:
            if type(_last_updated_time) is not str:
                raise TypeError(
                    f"ModelVersion.lastUpdatedTime: expected str (date-time), got {type(_last_updated_time).__name__}"
                )
            last_updated_time_type_0 = datetime.datetime.fromisoformat(_last_updated_time)

            last_updated_time = last_updated_time_type_0

        _model = d.pop("model")
        model: Model | None
        if _model is None:
            model = _model
        else:
            if not isinstance(_model, dict):
                raise TypeError(f"ModelVersion.model: expected object, got {type(_model).__name__}")
            model_type_0 = Model.from_dict(_model)

            model = model_type_0

        version = d.pop("version")
        if type(version) is not int:
            raise TypeError(f"ModelVersion.version: expected int, got {type(version).__name__}")

        comment = d.pop("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            raise TypeError(f"ModelVersion.comment: expected str, got {type(comment).__name__}")

        _labels = d.pop("labels", UNSET)
        labels: list[str] | Unset = UNSET
        if _labels is not UNSET:
            if not isinstance(_labels, list):
                raise TypeError(f"ModelVersion.labels: expected list, got {type(_labels).__name__}")
            for labels_item_data in _labels:
                if type(labels_item_data) is not str:
                    raise TypeError(f"ModelVersion.labels item: expected str, got {type(labels_item_data).__name__}")
            labels = _labels

        _metadata = d.pop("metadata", UNSET)
        metadata: ModelVersionMetadataType0 | None | Unset
        if _metadata is None or _metadata is UNSET:
            metadata = _metadata
        else:
            if not isinstance(_metadata, dict):
                raise TypeError(f"ModelVersion.metadata: expected object, got {type(_metadata).__name__}")
            metadata_type_0 = ModelVersionMetadataType0.from_dict(_metadata)

            metadata = metadata_type_0

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise TypeError(f"ModelVersion.name: expected str, got {type(name).__name__}")

        notes = d.pop("notes", UNSET)
        if type(notes) is not str and notes is not UNSET:
            raise TypeError(f"ModelVersion.notes: expected str, got {type(notes).__name__}")

        user_id = d.pop("userId", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            raise TypeError(f"ModelVersion.userId: expected int, got {type(user_id).__name__}")

        username = d.pop("username", UNSET)
        if type(username) is not str and username is not UNSET:
            raise TypeError(f"ModelVersion.username: expected str, got {type(username).__name__}")

        model_version = cls(
            checkpoint,
            creation_time,
            id,
            last_updated_time,
            model,
            version,
            comment,
            labels,
            metadata,
            name,
            notes,
            user_id,
            username,
        )

        model_version.additional_properties = d if d else {}
        return model_version

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
from ..models.model import Model  # noqa: E402
from ..models.model_version_metadata_type_0 import ModelVersionMetadataType0  # noqa: E402
