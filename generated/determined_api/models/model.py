from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Model")


@_attrs_define
class Model:
    """A model in the registry: a name under which checkpoints are registered as versions.

    Attributes:
        archived (bool): Archived models are hidden from the default lists and take no new versions.
        creation_time (datetime.datetime | None): When it was created.
        id (int): The model's numeric id.
        last_updated_time (datetime.datetime | None): When it or its versions last changed.
        metadata (ModelMetadataType0 | None): Free-form metadata.
        name (str): The model's name; unique in the registry, used in the paths.
        num_versions (int): How many versions it has.
        user_id (int): The id of the user who created it.
        username (str): The username of the user who created it.
        workspace_id (int): The workspace it belongs to.
        description (str | Unset): Free text about the model.
        labels (list[str] | Unset): Free-form labels, to filter models.
        notes (str | Unset): Markdown notes.
    """

    archived: bool
    creation_time: datetime.datetime | None
    id: int
    last_updated_time: datetime.datetime | None
    metadata: ModelMetadataType0 | None
    name: str
    num_versions: int
    user_id: int
    username: str
    workspace_id: int
    description: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived = self.archived

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

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, ModelMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        name = self.name

        num_versions = self.num_versions

        user_id = self.user_id

        username = self.username

        workspace_id = self.workspace_id

        description = self.description

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "archived": archived,
                "creationTime": creation_time,
                "id": id,
                "lastUpdatedTime": last_updated_time,
                "metadata": metadata,
                "name": name,
                "numVersions": num_versions,
                "userId": user_id,
                "username": username,
                "workspaceId": workspace_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if labels is not UNSET:
            field_dict["labels"] = labels
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        archived = d.pop("archived")
        if type(archived) is not bool:
            raise TypeError(f"Model.archived: expected bool, got {type(archived).__name__}")

        _creation_time = d.pop("creationTime")
        creation_time: datetime.datetime | None
        if _creation_time is None:
            creation_time = _creation_time
        else:
            if type(_creation_time) is not str:
                raise TypeError(f"Model.creationTime: expected str (date-time), got {type(_creation_time).__name__}")
            creation_time_type_0 = datetime.datetime.fromisoformat(_creation_time)

            creation_time = creation_time_type_0

        id = d.pop("id")
        if type(id) is not int:
            raise TypeError(f"Model.id: expected int, got {type(id).__name__}")

        _last_updated_time = d.pop("lastUpdatedTime")
        last_updated_time: datetime.datetime | None
        if _last_updated_time is None:
            last_updated_time = _last_updated_time
        else:
            if type(_last_updated_time) is not str:
                raise TypeError(
                    f"Model.lastUpdatedTime: expected str (date-time), got {type(_last_updated_time).__name__}"
                )
            last_updated_time_type_0 = datetime.datetime.fromisoformat(_last_updated_time)

            last_updated_time = last_updated_time_type_0

        _metadata = d.pop("metadata")
        metadata: ModelMetadataType0 | None
        if _metadata is None:
            metadata = _metadata
        else:
            if not isinstance(_metadata, dict):
                raise TypeError(f"Model.metadata: expected object, got {type(_metadata).__name__}")
            metadata_type_0 = ModelMetadataType0.from_dict(_metadata)

            metadata = metadata_type_0

        name = d.pop("name")
        if type(name) is not str:
            raise TypeError(f"Model.name: expected str, got {type(name).__name__}")

        num_versions = d.pop("numVersions")
        if type(num_versions) is not int:
            raise TypeError(f"Model.numVersions: expected int, got {type(num_versions).__name__}")

        user_id = d.pop("userId")
        if type(user_id) is not int:
            raise TypeError(f"Model.userId: expected int, got {type(user_id).__name__}")

        username = d.pop("username")
        if type(username) is not str:
            raise TypeError(f"Model.username: expected str, got {type(username).__name__}")

        workspace_id = d.pop("workspaceId")
        if type(workspace_id) is not int:
            raise TypeError(f"Model.workspaceId: expected int, got {type(workspace_id).__name__}")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise TypeError(f"Model.description: expected str, got {type(description).__name__}")

        _labels = d.pop("labels", UNSET)
        labels: list[str] | Unset = UNSET
        if _labels is not UNSET:
            if not isinstance(_labels, list):
                raise TypeError(f"Model.labels: expected list, got {type(_labels).__name__}")
            for labels_item_data in _labels:
                if type(labels_item_data) is not str:
                    raise TypeError(f"Model.labels item: expected str, got {type(labels_item_data).__name__}")
            labels = _labels

        notes = d.pop("notes", UNSET)
        if type(notes) is not str and notes is not UNSET:
            raise TypeError(f"Model.notes: expected str, got {type(notes).__name__}")

        model = cls(
            archived,
            creation_time,
            id,
            last_updated_time,
            metadata,
            name,
            num_versions,
            user_id,
            username,
            workspace_id,
            description,
            labels,
            notes,
        )

        model.additional_properties = d if d else {}
        return model

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
from ..models.model_metadata_type_0 import ModelMetadataType0  # noqa: E402
