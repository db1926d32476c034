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
    """
    Attributes:
        id (int):
        name (str):
        metadata (ModelMetadata):
        creation_time (datetime.datetime):
        last_updated_time (datetime.datetime):
        num_versions (int):
        username (str):
        user_id (int):
        archived (bool):
        workspace_id (int):
        description (None | str | Unset):
        labels (list[str] | None | Unset):
        notes (None | str | Unset):
    """

    id: int
    name: str
    metadata: ModelMetadata
    creation_time: datetime.datetime
    last_updated_time: datetime.datetime
    num_versions: int
    username: str
    user_id: int
    archived: bool
    workspace_id: int
    description: None | str | Unset = UNSET
    labels: list[str] | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        metadata = self.metadata.to_dict()

        creation_time = self.creation_time.isoformat()

        last_updated_time = self.last_updated_time.isoformat()

        num_versions = self.num_versions

        username = self.username

        user_id = self.user_id

        archived = self.archived

        workspace_id = self.workspace_id

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

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "metadata": metadata,
                "creationTime": creation_time,
                "lastUpdatedTime": last_updated_time,
                "numVersions": num_versions,
                "username": username,
                "userId": user_id,
                "archived": archived,
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
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError(f"Model.id: expected int, got {type(id).__name__}")

        name = d.pop("name")
        if type(name) is not str:
            raise TypeError(f"Model.name: expected str, got {type(name).__name__}")

        _metadata = d.pop("metadata")
        if not isinstance(_metadata, dict):
            raise TypeError(f"Model.metadata: expected object, got {type(_metadata).__name__}")
        metadata = ModelMetadata.from_dict(_metadata)

        _creation_time = d.pop("creationTime")
        if type(_creation_time) is not str:
            raise TypeError(f"Model.creationTime: expected str (date-time), got {type(_creation_time).__name__}")
        creation_time = datetime.datetime.fromisoformat(_creation_time)

        _last_updated_time = d.pop("lastUpdatedTime")
        if type(_last_updated_time) is not str:
            raise TypeError(f"Model.lastUpdatedTime: expected str (date-time), got {type(_last_updated_time).__name__}")
        last_updated_time = datetime.datetime.fromisoformat(_last_updated_time)

        num_versions = d.pop("numVersions")
        if type(num_versions) is not int:
            raise TypeError(f"Model.numVersions: expected int, got {type(num_versions).__name__}")

        username = d.pop("username")
        if type(username) is not str:
            raise TypeError(f"Model.username: expected str, got {type(username).__name__}")

        user_id = d.pop("userId")
        if type(user_id) is not int:
            raise TypeError(f"Model.userId: expected int, got {type(user_id).__name__}")

        archived = d.pop("archived")
        if type(archived) is not bool:
            raise TypeError(f"Model.archived: expected bool, got {type(archived).__name__}")

        workspace_id = d.pop("workspaceId")
        if type(workspace_id) is not int:
            raise TypeError(f"Model.workspaceId: expected int, got {type(workspace_id).__name__}")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not None and description is not UNSET:
            raise TypeError(f"Model.description: expected str, got {type(description).__name__}")

        _labels = d.pop("labels", UNSET)
        labels: list[str] | None | Unset
        if _labels is None or _labels is UNSET:
            labels = _labels
        else:
            _labels_type_0 = _labels
            if not isinstance(_labels_type_0, list):
                raise TypeError(f"Model.labels: expected list, got {type(_labels_type_0).__name__}")
            for labels_type_0_item_data in _labels_type_0:
                if type(labels_type_0_item_data) is not str:
                    raise TypeError(f"Model.labels item: expected str, got {type(labels_type_0_item_data).__name__}")
            labels_type_0: list[str] = _labels_type_0

            labels = labels_type_0

        notes = d.pop("notes", UNSET)
        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError(f"Model.notes: expected str, got {type(notes).__name__}")

        model = cls(
            id,
            name,
            metadata,
            creation_time,
            last_updated_time,
            num_versions,
            username,
            user_id,
            archived,
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
from ..models.model_metadata import ModelMetadata  # noqa: E402
