from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkpoint_state import CheckpointState, check_checkpoint_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkpoint_metadata import CheckpointMetadata
    from ..models.checkpoint_resources import CheckpointResources
    from ..models.checkpoint_training_metadata import CheckpointTrainingMetadata


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
        from ..models.checkpoint_metadata import CheckpointMetadata  # noqa: PLC0415
        from ..models.checkpoint_resources import CheckpointResources  # noqa: PLC0415
        from ..models.checkpoint_training_metadata import CheckpointTrainingMetadata  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        resources = CheckpointResources.from_dict(d.pop("resources"))

        metadata = CheckpointMetadata.from_dict(d.pop("metadata"))

        state = check_checkpoint_state(d.pop("state"))

        training = CheckpointTrainingMetadata.from_dict(d.pop("training"))

        def _parse_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_id = _parse_task_id(d.pop("taskId", UNSET))

        def _parse_allocation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        allocation_id = _parse_allocation_id(d.pop("allocationId", UNSET))

        def _parse_report_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                report_time_type_0 = datetime.datetime.fromisoformat(data)

                return report_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        report_time = _parse_report_time(d.pop("reportTime", UNSET))

        def _parse_storage_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        storage_id = _parse_storage_id(d.pop("storageId", UNSET))

        checkpoint = cls(
            uuid=uuid,
            resources=resources,
            metadata=metadata,
            state=state,
            training=training,
            task_id=task_id,
            allocation_id=allocation_id,
            report_time=report_time,
            storage_id=storage_id,
        )

        checkpoint.additional_properties = d
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
