from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PatchCheckpointsRequest")


@_attrs_define
class PatchCheckpointsRequest:
    """
    Attributes:
        checkpoints (list[PatchCheckpoint]):
    """

    checkpoints: list[PatchCheckpoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoints = []
        for checkpoints_item_data in self.checkpoints:
            checkpoints_item = checkpoints_item_data.to_dict()
            checkpoints.append(checkpoints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkpoints": checkpoints,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _checkpoints = d.pop("checkpoints")
        if not isinstance(_checkpoints, list):
            raise TypeError(f"PatchCheckpointsRequest.checkpoints: expected list, got {type(_checkpoints).__name__}")
        checkpoints = []
        for checkpoints_item_data in _checkpoints:
            if not isinstance(checkpoints_item_data, dict):
                raise TypeError(
                    f"PatchCheckpointsRequest.checkpoints item: expected object, got {type(checkpoints_item_data).__name__}"
                )
            checkpoints_item = PatchCheckpoint.from_dict(checkpoints_item_data)

            checkpoints.append(checkpoints_item)

        patch_checkpoints_request = cls(
            checkpoints,
        )

        patch_checkpoints_request.additional_properties = d if d else {}
        return patch_checkpoints_request

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
from ..models.patch_checkpoint import PatchCheckpoint  # noqa: E402
