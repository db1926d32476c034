from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MoveRunsRequest")


@_attrs_define
class MoveRunsRequest:
    """
    Attributes:
        destination_project_id (int):
        run_ids (list[int]):
        source_project_id (int):
        filter_ (str | Unset):
        skip_multitrial (bool | Unset):
    """

    destination_project_id: int
    run_ids: list[int]
    source_project_id: int
    filter_: str | Unset = UNSET
    skip_multitrial: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_project_id = self.destination_project_id

        run_ids = self.run_ids

        source_project_id = self.source_project_id

        filter_ = self.filter_

        skip_multitrial = self.skip_multitrial

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinationProjectId": destination_project_id,
                "runIds": run_ids,
                "sourceProjectId": source_project_id,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if skip_multitrial is not UNSET:
            field_dict["skipMultitrial"] = skip_multitrial

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination_project_id = d.pop("destinationProjectId")
        if type(destination_project_id) is not int:
            raise TypeError(
                f"MoveRunsRequest.destinationProjectId: expected int, got {type(destination_project_id).__name__}"
            )

        _run_ids = d.pop("runIds")
        if not isinstance(_run_ids, list):
            raise TypeError(f"MoveRunsRequest.runIds: expected list, got {type(_run_ids).__name__}")
        for run_ids_item_data in _run_ids:
            if type(run_ids_item_data) is not int:
                raise TypeError(f"MoveRunsRequest.runIds item: expected int, got {type(run_ids_item_data).__name__}")
        run_ids: list[int] = _run_ids

        source_project_id = d.pop("sourceProjectId")
        if type(source_project_id) is not int:
            raise TypeError(f"MoveRunsRequest.sourceProjectId: expected int, got {type(source_project_id).__name__}")

        filter_ = d.pop("filter", UNSET)
        if type(filter_) is not str and filter_ is not UNSET:
            raise TypeError(f"MoveRunsRequest.filter: expected str, got {type(filter_).__name__}")

        skip_multitrial = d.pop("skipMultitrial", UNSET)
        if type(skip_multitrial) is not bool and skip_multitrial is not UNSET:
            raise TypeError(f"MoveRunsRequest.skipMultitrial: expected bool, got {type(skip_multitrial).__name__}")

        move_runs_request = cls(
            destination_project_id,
            run_ids,
            source_project_id,
            filter_,
            skip_multitrial,
        )

        move_runs_request.additional_properties = d if d else {}
        return move_runs_request

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
