from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.launch_warning import LaunchWarning, check_launch_warning
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateGenericTaskResponse")


@_attrs_define
class CreateGenericTaskResponse:
    """
    Attributes:
        task_id (str):
        warnings (list[LaunchWarning] | Unset):
    """

    task_id: str
    warnings: list[LaunchWarning] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item: str = warnings_item_data
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
            }
        )
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("taskId")
        if type(task_id) is not str:
            raise TypeError(f"CreateGenericTaskResponse.taskId: expected str, got {type(task_id).__name__}")

        _warnings = d.pop("warnings", UNSET)
        warnings: list[LaunchWarning] | Unset = UNSET
        if _warnings is not UNSET:
            if not isinstance(_warnings, list):
                raise TypeError(f"CreateGenericTaskResponse.warnings: expected list, got {type(_warnings).__name__}")
            warnings = []
            for warnings_item_data in _warnings:
                if type(warnings_item_data) is not str:
                    raise TypeError(
                        f"CreateGenericTaskResponse.warnings item: expected str, got {type(warnings_item_data).__name__}"
                    )
                warnings_item = check_launch_warning(warnings_item_data)

                warnings.append(warnings_item)

        create_generic_task_response = cls(
            task_id,
            warnings,
        )

        create_generic_task_response.additional_properties = d if d else {}
        return create_generic_task_response

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
