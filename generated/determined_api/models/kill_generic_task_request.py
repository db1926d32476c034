from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KillGenericTaskRequest")


@_attrs_define
class KillGenericTaskRequest:
    """
    Attributes:
        task_id (str):
        kill_from_root (bool | Unset): Stop the whole tree of tasks this one belongs to.
    """

    task_id: str
    kill_from_root: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        kill_from_root = self.kill_from_root

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
            }
        )
        if kill_from_root is not UNSET:
            field_dict["killFromRoot"] = kill_from_root

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("taskId")
        if type(task_id) is not str:
            raise TypeError(f"KillGenericTaskRequest.taskId: expected str, got {type(task_id).__name__}")

        kill_from_root = d.pop("killFromRoot", UNSET)
        if type(kill_from_root) is not bool and kill_from_root is not UNSET:
            raise TypeError(f"KillGenericTaskRequest.killFromRoot: expected bool, got {type(kill_from_root).__name__}")

        kill_generic_task_request = cls(
            task_id,
            kill_from_root,
        )

        kill_generic_task_request.additional_properties = d if d else {}
        return kill_generic_task_request

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
