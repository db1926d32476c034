from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetTaskResponse")


@_attrs_define
class GetTaskResponse:
    """
    Attributes:
        task (None | Task):
    """

    task: None | Task
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task: dict[str, Any] | None
        if isinstance(self.task, Task):
            task = self.task.to_dict()
        else:
            task = self.task

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task": task,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _task = d.pop("task")
        task: None | Task
        if _task is None:
            task = _task
        else:
            if not isinstance(_task, dict):
                raise TypeError(f"GetTaskResponse.task: expected object, got {type(_task).__name__}")
            task_type_0 = Task.from_dict(_task)

            task = task_type_0

        get_task_response = cls(
            task,
        )

        get_task_response.additional_properties = d if d else {}
        return get_task_response

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
from ..models.task import Task  # noqa: E402
