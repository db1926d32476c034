from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostCheckpointMetadataResponse")


@_attrs_define
class PostCheckpointMetadataResponse:
    """
    Attributes:
        checkpoint (Checkpoint | None | Unset):
    """

    checkpoint: Checkpoint | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint: dict[str, Any] | None | Unset
        if isinstance(self.checkpoint, Unset):
            checkpoint = UNSET
        elif isinstance(self.checkpoint, Checkpoint):
            checkpoint = self.checkpoint.to_dict()
        else:
            checkpoint = self.checkpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _checkpoint = d.pop("checkpoint", UNSET)
        checkpoint: Checkpoint | None | Unset
        if _checkpoint is None or _checkpoint is UNSET:
            checkpoint = _checkpoint
        else:
            if not isinstance(_checkpoint, dict):
                raise TypeError(
                    f"PostCheckpointMetadataResponse.checkpoint: expected object, got {type(_checkpoint).__name__}"
                )
            checkpoint_type_0 = Checkpoint.from_dict(_checkpoint)

            checkpoint = checkpoint_type_0

        post_checkpoint_metadata_response = cls(
            checkpoint,
        )

        post_checkpoint_metadata_response.additional_properties = d if d else {}
        return post_checkpoint_metadata_response

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
