from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResumeRunsRequest")


@_attrs_define
class ResumeRunsRequest:
    """
    Attributes:
        project_id (int):
        run_ids (list[int]):
        filter_ (str | Unset):
    """

    project_id: int
    run_ids: list[int]
    filter_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        run_ids = self.run_ids

        filter_ = self.filter_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "runIds": run_ids,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")
        if type(project_id) is not int:
            raise TypeError(f"ResumeRunsRequest.projectId: expected int, got {type(project_id).__name__}")

        _run_ids = d.pop("runIds")
        if not isinstance(_run_ids, list):
            raise TypeError(f"ResumeRunsRequest.runIds: expected list, got {type(_run_ids).__name__}")
        for run_ids_item_data in _run_ids:
            if type(run_ids_item_data) is not int:
                raise TypeError(f"ResumeRunsRequest.runIds item: expected int, got {type(run_ids_item_data).__name__}")
        run_ids: list[int] = _run_ids

        filter_ = d.pop("filter", UNSET)
        if type(filter_) is not str and filter_ is not UNSET:
            raise TypeError(f"ResumeRunsRequest.filter: expected str, got {type(filter_).__name__}")

        resume_runs_request = cls(
            project_id,
            run_ids,
            filter_,
        )

        resume_runs_request.additional_properties = d if d else {}
        return resume_runs_request

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
