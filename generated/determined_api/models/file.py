from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="File")


@_attrs_define
class File:
    """One file or folder of a model definition or context directory, as a tar archive would hold it.

    Attributes:
        content (str): The file's bytes, base64-encoded; empty for a folder.
        gid (int): The owner's POSIX group id.
        mode (int): The POSIX permission bits, e.g. 420 (0644).
        mtime (str): Modification time in seconds since the Unix epoch: a 64-bit integer, sent as a string of digits.
        path (str): The path relative to the definition's root.
        type_ (int): The tar entry type as a number, e.g. 48 (`'0'`) for a file, 53 (`'5'`) for a folder.
        uid (int): The owner's POSIX user id.
    """

    content: str
    gid: int
    mode: int
    mtime: str
    path: str
    type_: int
    uid: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        gid = self.gid

        mode = self.mode

        mtime = self.mtime

        path = self.path

        type_ = self.type_

        uid = self.uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "gid": gid,
                "mode": mode,
                "mtime": mtime,
                "path": path,
                "type": type_,
                "uid": uid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")
        if type(content) is not str:
            raise TypeError(f"File.content: expected str, got {type(content).__name__}")

        gid = d.pop("gid")
        if type(gid) is not int:
            raise TypeError(f"File.gid: expected int, got {type(gid).__name__}")

        mode = d.pop("mode")
        if type(mode) is not int:
            raise TypeError(f"File.mode: expected int, got {type(mode).__name__}")

        mtime = d.pop("mtime")
        if type(mtime) is not str:
            raise TypeError(f"File.mtime: expected str, got {type(mtime).__name__}")

        path = d.pop("path")
        if type(path) is not str:
            raise TypeError(f"File.path: expected str, got {type(path).__name__}")

        type_ = d.pop("type")
        if type(type_) is not int:
            raise TypeError(f"File.type: expected int, got {type(type_).__name__}")

        uid = d.pop("uid")
        if type(uid) is not int:
            raise TypeError(f"File.uid: expected int, got {type(uid).__name__}")

        file = cls(
            content,
            gid,
            mode,
            mtime,
            path,
            type_,
            uid,
        )

        file.additional_properties = d if d else {}
        return file

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
