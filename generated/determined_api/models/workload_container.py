from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadContainer")


@_attrs_define
class WorkloadContainer:
    """
    Attributes:
        checkpoint (CheckpointWorkload | Unset): A checkpoint, as it appears in a trial's history.
        training (MetricsWorkload | Unset): A validation (or training step) of a trial.
        validation (MetricsWorkload | Unset): A validation (or training step) of a trial.
    """

    checkpoint: CheckpointWorkload | Unset = UNSET
    training: MetricsWorkload | Unset = UNSET
    validation: MetricsWorkload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint, Unset):
            checkpoint = self.checkpoint.to_dict()

        training: dict[str, Any] | Unset = UNSET
        if not isinstance(self.training, Unset):
            training = self.training.to_dict()

        validation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation, Unset):
            validation = self.validation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if training is not UNSET:
            field_dict["training"] = training
        if validation is not UNSET:
            field_dict["validation"] = validation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _checkpoint = d.pop("checkpoint", UNSET)
        checkpoint: CheckpointWorkload | Unset
        if _checkpoint is UNSET:
            checkpoint = UNSET
        else:
            if not isinstance(_checkpoint, dict):
                raise TypeError(f"WorkloadContainer.checkpoint: expected object, got {type(_checkpoint).__name__}")
            checkpoint = CheckpointWorkload.from_dict(_checkpoint)

        _training = d.pop("training", UNSET)
        training: MetricsWorkload | Unset
        if _training is UNSET:
            training = UNSET
        else:
            if not isinstance(_training, dict):
                raise TypeError(f"WorkloadContainer.training: expected object, got {type(_training).__name__}")
            training = MetricsWorkload.from_dict(_training)

        _validation = d.pop("validation", UNSET)
        validation: MetricsWorkload | Unset
        if _validation is UNSET:
            validation = UNSET
        else:
            if not isinstance(_validation, dict):
                raise TypeError(f"WorkloadContainer.validation: expected object, got {type(_validation).__name__}")
            validation = MetricsWorkload.from_dict(_validation)

        workload_container = cls(
            checkpoint,
            training,
            validation,
        )

        workload_container.additional_properties = d if d else {}
        return workload_container

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
from ..models.checkpoint_workload import CheckpointWorkload  # noqa: E402
from ..models.metrics_workload import MetricsWorkload  # noqa: E402
