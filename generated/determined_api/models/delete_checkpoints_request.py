from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteCheckpointsRequest")


@_attrs_define
class DeleteCheckpointsRequest:
    """
    Attributes:
        checkpoint_uuids (list[str]): The checkpoints to delete, by uuid.
    """

    checkpoint_uuids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint_uuids = self.checkpoint_uuids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkpointUuids": checkpoint_uuids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _checkpoint_uuids = d.pop("checkpointUuids")
        if not isinstance(_checkpoint_uuids, list):
            raise TypeError(
                f"DeleteCheckpointsRequest.checkpointUuids: expected list, got {type(_checkpoint_uuids).__name__}"
            )
        for checkpoint_uuids_item_data in _checkpoint_uuids:
            if type(checkpoint_uuids_item_data) is not str:
                raise TypeError(
                    f"DeleteCheckpointsRequest.checkpointUuids item: expected str, got {type(checkpoint_uuids_item_data).__name__}"
                )
        checkpoint_uuids: list[str] = _checkpoint_uuids

        delete_checkpoints_request = cls(
            checkpoint_uuids,
        )

        delete_checkpoints_request.additional_properties = d if d else {}
        return delete_checkpoints_request

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
