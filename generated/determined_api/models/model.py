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

        name = d.pop("name")

        metadata = ModelMetadata.from_dict(d.pop("metadata"))

        creation_time = datetime.datetime.fromisoformat(d.pop("creationTime"))

        last_updated_time = datetime.datetime.fromisoformat(d.pop("lastUpdatedTime"))

        num_versions = d.pop("numVersions")

        username = d.pop("username")

        user_id = d.pop("userId")

        archived = d.pop("archived")

        workspace_id = d.pop("workspaceId")

        description = d.pop("description", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: list[str] | None | Unset
        if _labels is None or _labels is UNSET:
            labels = _labels
        else:
            try:
                if not isinstance(_labels, list):
                    raise TypeError()
                labels_type_0: list[str] = _labels

                labels = labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                labels = _labels

        notes = d.pop("notes", UNSET)

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
