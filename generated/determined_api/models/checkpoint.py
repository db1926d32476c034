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
    """
    Attributes:
        uuid (str):
        resources (CheckpointResources): File name to size in bytes.
        metadata (CheckpointMetadata):
        state (CheckpointState): The state of a checkpoint.
        training (CheckpointTrainingMetadata): Where a checkpoint came from; every field is optional.
        task_id (None | str | Unset):
        allocation_id (None | str | Unset):
        report_time (datetime.datetime | None | Unset):
        storage_id (int | None | Unset):
    """

    uuid: str
    resources: CheckpointResources
    metadata: CheckpointMetadata
    state: CheckpointState
    training: CheckpointTrainingMetadata
    task_id: None | str | Unset = UNSET
    allocation_id: None | str | Unset = UNSET
    report_time: datetime.datetime | None | Unset = UNSET
    storage_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        resources = self.resources.to_dict()

        metadata = self.metadata.to_dict()

        state: str = self.state

        training = self.training.to_dict()

        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        allocation_id: None | str | Unset
        if isinstance(self.allocation_id, Unset):
            allocation_id = UNSET
        else:
            allocation_id = self.allocation_id

        report_time: None | str | Unset
        if isinstance(self.report_time, Unset):
            report_time = UNSET
        elif isinstance(self.report_time, datetime.datetime):
            report_time = self.report_time.isoformat()
        else:
            report_time = self.report_time

        storage_id: int | None | Unset
        if isinstance(self.storage_id, Unset):
            storage_id = UNSET
        else:
            storage_id = self.storage_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "resources": resources,
                "metadata": metadata,
                "state": state,
                "training": training,
            }
        )
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if allocation_id is not UNSET:
            field_dict["allocationId"] = allocation_id
        if report_time is not UNSET:
            field_dict["reportTime"] = report_time
        if storage_id is not UNSET:
            field_dict["storageId"] = storage_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid")
        if type(uuid) is not str:
            raise TypeError(f"Checkpoint.uuid: expected str, got {type(uuid).__name__}")

        _resources = d.pop("resources")
        if not isinstance(_resources, dict):
            raise TypeError(f"Checkpoint.resources: expected object, got {type(_resources).__name__}")
        resources = CheckpointResources.from_dict(_resources)

        _metadata = d.pop("metadata")
        if not isinstance(_metadata, dict):
            raise TypeError(f"Checkpoint.metadata: expected object, got {type(_metadata).__name__}")
        metadata = CheckpointMetadata.from_dict(_metadata)

        _state = d.pop("state")
        if type(_state) is not str:
            raise TypeError(f"Checkpoint.state: expected str, got {type(_state).__name__}")
        state = check_checkpoint_state(_state)

        _training = d.pop("training")
        if not isinstance(_training, dict):
            raise TypeError(f"Checkpoint.training: expected object, got {type(_training).__name__}")
        training = CheckpointTrainingMetadata.from_dict(_training)

        task_id = d.pop("taskId", UNSET)
        if type(task_id) is not str and task_id is not None and task_id is not UNSET:
            raise TypeError(f"Checkpoint.taskId: expected str, got {type(task_id).__name__}")

        allocation_id = d.pop("allocationId", UNSET)
        if type(allocation_id) is not str and allocation_id is not None and allocation_id is not UNSET:
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
        if type(storage_id) is not int and storage_id is not None and storage_id is not UNSET:
            raise TypeError(f"Checkpoint.storageId: expected int, got {type(storage_id).__name__}")

        checkpoint = cls(
            uuid,
            resources,
            metadata,
            state,
            training,
            task_id,
            allocation_id,
            report_time,
            storage_id,
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
from ..models.checkpoint_metadata import CheckpointMetadata  # noqa: E402
from ..models.checkpoint_resources import CheckpointResources  # noqa: E402
from ..models.checkpoint_training_metadata import CheckpointTrainingMetadata  # noqa: E402
