from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetModelDefTreeResponse")


@_attrs_define
class GetModelDefTreeResponse:
    """
    Attributes:
        files (list[FileNode] | Unset):
    """

    files: list[FileNode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _files = d.pop("files", UNSET)
        files: list[FileNode] | Unset = UNSET
        if _files is not UNSET:
            if not isinstance(_files, list):
                raise TypeError(f"GetModelDefTreeResponse.files: expected list, got {type(_files).__name__}")
            files = []
            for files_item_data in _files:
                if not isinstance(files_item_data, dict):
                    raise TypeError(
                        f"GetModelDefTreeResponse.files item: expected object, got {type(files_item_data).__name__}"
                    )
                files_item = FileNode.from_dict(files_item_data)

                files.append(files_item)

        get_model_def_tree_response = cls(
            files,
        )

        get_model_def_tree_response.additional_properties = d if d else {}
        return get_model_def_tree_response

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
from ..models.file_node import FileNode  # noqa: E402
