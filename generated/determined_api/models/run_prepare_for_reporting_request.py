from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunPrepareForReportingRequest")


@_attrs_define
class RunPrepareForReportingRequest:
    """
    Attributes:
        run_id (int):
        checkpoint_storage (RunPrepareForReportingRequestCheckpointStorage | Unset):
    """

    run_id: int
    checkpoint_storage: RunPrepareForReportingRequestCheckpointStorage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        checkpoint_storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint_storage, Unset):
            checkpoint_storage = self.checkpoint_storage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runId": run_id,
            }
        )
        if checkpoint_storage is not UNSET:
            field_dict["checkpointStorage"] = checkpoint_storage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_id = d.pop("runId")
        if type(run_id) is not int:
            raise TypeError(f"RunPrepareForReportingRequest.runId: expected int, got {type(run_id).__name__}")

        _checkpoint_storage = d.pop("checkpointStorage", UNSET)
        checkpoint_storage: RunPrepareForReportingRequestCheckpointStorage | Unset
        if _checkpoint_storage is UNSET:
            checkpoint_storage = UNSET
        else:
            if not isinstance(_checkpoint_storage, dict):
                raise TypeError(
                    f"RunPrepareForReportingRequest.checkpointStorage: expected object, got {type(_checkpoint_storage).__name__}"
                )
            checkpoint_storage = RunPrepareForReportingRequestCheckpointStorage.from_dict(_checkpoint_storage)

        run_prepare_for_reporting_request = cls(
            run_id,
            checkpoint_storage,
        )

        run_prepare_for_reporting_request.additional_properties = d if d else {}
        return run_prepare_for_reporting_request

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
from ..models.run_prepare_for_reporting_request_checkpoint_storage import RunPrepareForReportingRequestCheckpointStorage  # noqa: E402
