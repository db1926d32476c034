from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostRunMetadataRequest")


@_attrs_define
class PostRunMetadataRequest:
    """
    Attributes:
        metadata (None | PostRunMetadataRequestMetadataType0):
        run_id (int | Unset):
    """

    metadata: None | PostRunMetadataRequestMetadataType0
    run_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | None
        if isinstance(self.metadata, PostRunMetadataRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        run_id = self.run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
            }
        )
        if run_id is not UNSET:
            field_dict["runId"] = run_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _metadata = d.pop("metadata")
        metadata: None | PostRunMetadataRequestMetadataType0
        if _metadata is None:
            metadata = _metadata
        else:
            if not isinstance(_metadata, dict):
                raise TypeError(f"PostRunMetadataRequest.metadata: expected object, got {type(_metadata).__name__}")
            metadata_type_0 = PostRunMetadataRequestMetadataType0.from_dict(_metadata)

            metadata = metadata_type_0

        run_id = d.pop("runId", UNSET)
        if type(run_id) is not int and run_id is not UNSET:
            raise TypeError(f"PostRunMetadataRequest.runId: expected int, got {type(run_id).__name__}")

        post_run_metadata_request = cls(
            metadata,
            run_id,
        )

        post_run_metadata_request.additional_properties = d if d else {}
        return post_run_metadata_request

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
from ..models.post_run_metadata_request_metadata_type_0 import PostRunMetadataRequestMetadataType0  # noqa: E402
