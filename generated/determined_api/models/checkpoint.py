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

        resources = CheckpointResources.from_dict(d.pop("resources"))

        metadata = CheckpointMetadata.from_dict(d.pop("metadata"))

        state = check_checkpoint_state(d.pop("state"))

        training = CheckpointTrainingMetadata.from_dict(d.pop("training"))

        task_id = d.pop("taskId", UNSET)

        allocation_id = d.pop("allocationId", UNSET)

        _report_time = d.pop("reportTime", UNSET)
        report_time: datetime.datetime | None | Unset
        if _report_time is None or _report_time is UNSET:
            report_time = _report_time
        else:
            try:
                if not isinstance(_report_time, str):
                    raise TypeError()
                report_time_type_0 = datetime.datetime.fromisoformat(_report_time)

                report_time = report_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                report_time = _report_time

        storage_id = d.pop("storageId", UNSET)

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
