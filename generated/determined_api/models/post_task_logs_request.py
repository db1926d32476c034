from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostTaskLogsRequest")


@_attrs_define
class PostTaskLogsRequest:
    """
    Attributes:
        logs (list[TaskLog]):
    """

    logs: list[TaskLog]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logs = []
        for logs_item_data in self.logs:
            logs_item = logs_item_data.to_dict()
            logs.append(logs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logs": logs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _logs = d.pop("logs")
        if not isinstance(_logs, list):
            raise TypeError(f"PostTaskLogsRequest.logs: expected list, got {type(_logs).__name__}")
        logs = []
        for logs_item_data in _logs:
            if not isinstance(logs_item_data, dict):
                raise TypeError(f"PostTaskLogsRequest.logs item: expected object, got {type(logs_item_data).__name__}")
            logs_item = TaskLog.from_dict(logs_item_data)

            logs.append(logs_item)

        post_task_logs_request = cls(
            logs,
        )

        post_task_logs_request.additional_properties = d if d else {}
        return post_task_logs_request

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
from ..models.task_log import TaskLog  # noqa: E402
