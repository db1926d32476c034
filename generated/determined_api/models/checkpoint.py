from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkpoint_state import CheckpointState, check_checkpoint_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="Checkpoint")


@_attrs_define
class Checkpoint:
    """Files a trial (or another task) saved to checkpoint storage, and what was training when it did.

    Attributes:
        metadata (CheckpointMetadataType0 | None): Free-form metadata: what the saving code recorded (e.g.
            `steps_completed`, `framework`) and what postCheckpointMetadata set.
        resources (CheckpointResources): File path inside the checkpoint to size in bytes (a 64-bit integer, sent as a
            string of digits).
        state (CheckpointState): `STATE_COMPLETED` once every file is written; `STATE_PARTIALLY_DELETED` after some
            files were removed, `STATE_DELETED` once all are; `STATE_ERROR` when saving failed.
        training (CheckpointTrainingMetadata | None): What was training when it was saved: experiment, trial,
            hyperparameters and metrics. Its fields are empty for a checkpoint no trial saved.
        uuid (str): The checkpoint's id; also its folder name in checkpoint storage.
        allocation_id (str | Unset): The allocation (run of the task) that saved it.
        report_time (datetime.datetime | None | Unset): When it was reported to the master.
        storage_id (int | Unset): Which checkpoint storage holds it, when its run reported with storage of its own.
        task_id (str | Unset): The task that saved it.
    """

    metadata: CheckpointMetadataType0 | None
    resources: CheckpointResources
    state: CheckpointState
    training: CheckpointTrainingMetadata | None
    uuid: str
    allocation_id: str | Unset = UNSET
    report_time: datetime.datetime | None | Unset = UNSET
    storage_id: int | Unset = UNSET
    task_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | None
        if isinstance(self.metadata, CheckpointMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        resources = self.resources.to_dict()

        state: str = self.state

        training: dict[str, Any] | None
        if isinstance(self.training, CheckpointTrainingMetadata):
            training = self.training.to_dict()
        else:
            training = self.training

        uuid = self.uuid

        allocation_id = self.allocation_id

        report_time: None | str | Unset
        if isinstance(self.report_time, Unset):
            report_time = UNSET
        elif isinstance(self.report_time, datetime.datetime):
            report_time = self.report_time.isoformat()
        else:
            report_time = self.report_time

        storage_id = self.storage_id

        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "resources": resources,
                "state": state,
                "training": training,
                "uuid": uuid,
            }
        )
        if allocation_id is not UNSET:
            field_dict["allocationId"] = allocation_id
        if report_time is not UNSET:
            field_dict["reportTime"] = report_time
        if storage_id is not UNSET:
            field_dict["storageId"] = storage_id
        if task_id is not UNSET:
            field_dict["taskId"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _metadata = d.pop("metadata")
        metadata: CheckpointMetadataType0 | None
        if _metadata is None:
            metadata = _metadata
        else:
            if not isinstance(_metadata, dict):
                raise TypeError(f"Checkpoint.metadata: expected object, got {type(_metadata).__name__}")
            metadata_type_0 = CheckpointMetadataType0.from_dict(_metadata)

            metadata = metadata_type_0

        _resources = d.pop("resources")
        if not isinstance(_resources, dict):
            raise TypeError(f"Checkpoint.resources: expected object, got {type(_resources).__name__}")
        resources = CheckpointResources.from_dict(_resources)

        _state = d.pop("state")
        if type(_state) is not str:
            raise TypeError(f"Checkpoint.state: expected str, got {type(_state).__name__}")
        state = check_checkpoint_state(_state)

        _training = d.pop("training")
        training: CheckpointTrainingMetadata | None
        if _training is None:
            training = _training
        else:
            if not isinstance(_training, dict):
                raise TypeError(f"Checkpoint.training: expected object, got {type(_training).__name__}")
            training_type_0 = CheckpointTrainingMetadata.from_dict(_training)

            training = training_type_0

        uuid = d.pop("uuid")
        if type(uuid) is not str:
            raise TypeError(f"Checkpoint.uuid: expected str, got {type(uuid).__name__}")

        allocation_id = d.pop("allocationId", UNSET)
        if type(allocation_id) is not str and allocation_id is not UNSET:
            raise TypeError(f"Checkpoint.allocationId: expected str, got {type(allocation_id).__name__}")

        _report_time = d.pop("reportTime", UNSET)
        report_time: datetime.datetime | None | Unset
        if _report_time is None or _report_time is UNSET:
            report_time = _report_time
        else:
            if type(_report_time) is not str:
                raise TypeError(f"Checkpoint.reportTime: expected str (date-time), got {type(_report_time).__name__}")
            report_time_type_0 = datetime.datetime.fromisoformat(_report_time)

            report_time = report_time_type_0

        storage_id = d.pop("storageId", UNSET)
        if type(storage_id) is not int and storage_id is not UNSET:
            raise TypeError(f"Checkpoint.storageId: expected int, got {type(storage_id).__name__}")

        task_id = d.pop("taskId", UNSET)
        if type(task_id) is not str and task_id is not UNSET:
            raise TypeError(f"Checkpoint.taskId: expected str, got {type(task_id).__name__}")

        checkpoint = cls(
            metadata,
            resources,
            state,
            training,
            uuid,
            allocation_id,
            report_time,
            storage_id,
            task_id,
        )

        checkpoint.additional_properties = d if d else {}
        return checkpoint

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
from ..models.checkpoint_metadata_type_0 import CheckpointMetadataType0  # noqa: E402
from ..models.checkpoint_resources import CheckpointResources  # noqa: E402
from ..models.checkpoint_training_metadata import CheckpointTrainingMetadata  # noqa: E402
