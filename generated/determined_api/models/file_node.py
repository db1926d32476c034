from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileNode")


@_attrs_define
class FileNode:
    """
    Attributes:
        content_length (int | Unset):
        content_type (str | Unset):
        files (list[FileNode] | Unset):
        is_dir (bool | Unset):
        modified_time (datetime.datetime | None | Unset):
        name (str | Unset):
        path (str | Unset):
    """

    content_length: int | Unset = UNSET
    content_type: str | Unset = UNSET
    files: list[FileNode] | Unset = UNSET
    is_dir: bool | Unset = UNSET
    modified_time: datetime.datetime | None | Unset = UNSET
    name: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_length = self.content_length

        content_type = self.content_type

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        is_dir = self.is_dir

        modified_time: None | str | Unset
        if isinstance(self.modified_time, Unset):
            modified_time = UNSET
        elif isinstance(self.modified_time, datetime.datetime):
            modified_time = self.modified_time.isoformat()
        else:
            modified_time = self.modified_time

        name = self.name

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_length is not UNSET:
            field_dict["contentLength"] = content_length
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if files is not UNSET:
            field_dict["files"] = files
        if is_dir is not UNSET:
            field_dict["isDir"] = is_dir
        if modified_time is not UNSET:
            field_dict["modifiedTime"] = modified_time
        if name is not UNSET:
            field_dict["name"] = name
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_length = d.pop("contentLength", UNSET)
        if type(content_length) is not int and content_length is not UNSET:
            raise TypeError(f"FileNode.contentLength: expected int, got {type(content_length).__name__}")

        content_type = d.pop("contentType", UNSET)
        if type(content_type) is not str and content_type is not UNSET:
            raise TypeError(f"FileNode.contentType: expected str, got {type(content_type).__name__}")

        _files = d.pop("files", UNSET)
        files: list[FileNode] | Unset = UNSET
        if _files is not UNSET:
            if not isinstance(_files, list):
                raise TypeError(f"FileNode.files: expected list, got {type(_files).__name__}")
            files = []
            for files_item_data in _files:
                if not isinstance(files_item_data, dict):
                    raise TypeError(f"FileNode.files item: expected object, got {type(files_item_data).__name__}")
                files_item = FileNode.from_dict(files_item_data)

                files.append(files_item)

        is_dir = d.pop("isDir", UNSET)
        if type(is_dir) is not bool and is_dir is not UNSET:
            raise TypeError(f"FileNode.isDir: expected bool, got {type(is_dir).__name__}")

        _modified_time = d.pop("modifiedTime", UNSET)
        modified_time: datetime.datetime | None | Unset
        if _modified_time is None or _modified_time is UNSET:
            modified_time = _modified_time
        else:
            if type(_modified_time) is not str:
                raise TypeError(f"FileNode.modifiedTime: expected str (date-time), got {type(_modified_time).__name__}")
            modified_time_type_0 = datetime.datetime.fromisoformat(_modified_time)

            modified_time = modified_time_type_0

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise TypeError(f"FileNode.name: expected str, got {type(name).__name__}")

        path = d.pop("path", UNSET)
        if type(path) is not str and path is not UNSET:
            raise TypeError(f"FileNode.path: expected str, got {type(path).__name__}")

        file_node = cls(
            content_length,
            content_type,
            files,
            is_dir,
            modified_time,
            name,
            path,
        )

        file_node.additional_properties = d if d else {}
        return file_node

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
