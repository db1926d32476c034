from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkpoint_state import CheckpointState, check_checkpoint_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckpointWorkload")


@_attrs_define
class CheckpointWorkload:
    """A checkpoint, as it appears in a trial's history.

    Attributes:
        state (CheckpointState): `STATE_COMPLETED` once every file is written; `STATE_PARTIALLY_DELETED` after some
            files were removed, `STATE_DELETED` once all are; `STATE_ERROR` when saving failed.
        total_batches (int): Batches trained when it was saved.
        end_time (datetime.datetime | None | Unset):
        metadata (CheckpointWorkloadMetadataType0 | None | Unset):
        resources (CheckpointWorkloadResources | Unset): File path inside the checkpoint to size in bytes (a 64-bit
            integer as a string of digits).
        uuid (str | Unset): The checkpoint's uuid.
    """

    state: CheckpointState
    total_batches: int
    end_time: datetime.datetime | None | Unset = UNSET
    metadata: CheckpointWorkloadMetadataType0 | None | Unset = UNSET
    resources: CheckpointWorkloadResources | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: str = self.state

        total_batches = self.total_batches

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CheckpointWorkloadMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
                "totalBatches": total_batches,
            }
        )
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if resources is not UNSET:
            field_dict["resources"] = resources
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _state = d.pop("state")
        if type(_state) is not str:
            raise TypeError(f"CheckpointWorkload.state: expected str, got {type(_state).__name__}")
        state = check_checkpoint_state(_state)

        total_batches = d.pop("totalBatches")
        if type(total_batches) is not int:
            raise TypeError(f"CheckpointWorkload.totalBatches: expected int, got {type(total_batches).__name__}")

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | None | Unset
        if _end_time is None or _end_time is UNSET:
            end_time = _end_time
        else:
            if type(_end_time) is not str:
                raise TypeError(f"CheckpointWorkload.endTime: expected str (date-time), got {type(_end_time).__name__}")
            end_time_type_0 = datetime.datetime.fromisoformat(_end_time)

            end_time = end_time_type_0

        _metadata = d.pop("metadata", UNSET)
        metadata: CheckpointWorkloadMetadataType0 | None | Unset
        if _metadata is None or _metadata is UNSET:
            metadata = _metadata
        else:
            if not isinstance(_metadata, dict):
                raise TypeError(f"CheckpointWorkload.metadata: expected object, got {type(_metadata).__name__}")
            metadata_type_0 = CheckpointWorkloadMetadataType0.from_dict(_metadata)

            metadata = metadata_type_0

        _resources = d.pop("resources", UNSET)
        resources: CheckpointWorkloadResources | Unset
        if _resources is UNSET:
            resources = UNSET
        else:
            if not isinstance(_resources, dict):
                raise TypeError(f"CheckpointWorkload.resources: expected object, got {type(_resources).__name__}")
            resources = CheckpointWorkloadResources.from_dict(_resources)

        uuid = d.pop("uuid", UNSET)
        if type(uuid) is not str and uuid is not UNSET:
            raise TypeError(f"CheckpointWorkload.uuid: expected str, got {type(uuid).__name__}")

        checkpoint_workload = cls(
            state,
            total_batches,
            end_time,
            metadata,
            resources,
            uuid,
        )

        checkpoint_workload.additional_properties = d if d else {}
        return checkpoint_workload

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
from ..models.checkpoint_workload_metadata_type_0 import CheckpointWorkloadMetadataType0  # noqa: E402
from ..models.checkpoint_workload_resources import CheckpointWorkloadResources  # noqa: E402
