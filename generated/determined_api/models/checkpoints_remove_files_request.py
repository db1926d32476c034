from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CheckpointsRemoveFilesRequest")


@_attrs_define
class CheckpointsRemoveFilesRequest:
    """
    Attributes:
        checkpoint_globs (list[str]): Glob patterns of the files to remove, relative to each checkpoint's root (e.g.
            `*.pt`). An empty pattern removes nothing and refreshes the recorded file list.
        checkpoint_uuids (list[str]): The checkpoints to remove files from.
    """

    checkpoint_globs: list[str]
    checkpoint_uuids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint_globs = self.checkpoint_globs

        checkpoint_uuids = self.checkpoint_uuids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkpointGlobs": checkpoint_globs,
                "checkpointUuids": checkpoint_uuids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _checkpoint_globs = d.pop("checkpointGlobs")
        if not isinstance(_checkpoint_globs, list):
            raise TypeError(
                f"CheckpointsRemoveFilesRequest.checkpointGlobs: expected list, got {type(_checkpoint_globs).__name__}"
            )
        for checkpoint_globs_item_data in _checkpoint_globs:
            if type(checkpoint_globs_item_data) is not str:
                raise TypeError(
                    f"CheckpointsRemoveFilesRequest.checkpointGlobs item: expected str, got {type(checkpoint_globs_item_data).__name__}"
                )
        checkpoint_globs: list[str] = _checkpoint_globs

        _checkpoint_uuids = d.pop("checkpointUuids")
        if not isinstance(_checkpoint_uuids, list):
            raise TypeError(
                f"CheckpointsRemoveFilesRequest.checkpointUuids: expected list, got {type(_checkpoint_uuids).__name__}"
            )
        for checkpoint_uuids_item_data in _checkpoint_uuids:
            if type(checkpoint_uuids_item_data) is not str:
                raise TypeError(
                    f"CheckpointsRemoveFilesRequest.checkpointUuids item: expected str, got {type(checkpoint_uuids_item_data).__name__}"
                )
        checkpoint_uuids: list[str] = _checkpoint_uuids

        checkpoints_remove_files_request = cls(
            checkpoint_globs,
            checkpoint_uuids,
        )

        checkpoints_remove_files_request.additional_properties = d if d else {}
        return checkpoints_remove_files_request

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
