from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KillExperimentsRequest")


@_attrs_define
class KillExperimentsRequest:
    """
    Attributes:
        experiment_ids (list[int]):
        project_id (int):
        filters (BulkExperimentFilters | None | Unset):
    """

    experiment_ids: list[int]
    project_id: int
    filters: BulkExperimentFilters | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_ids = self.experiment_ids

        project_id = self.project_id

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, BulkExperimentFilters):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experimentIds": experiment_ids,
                "projectId": project_id,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _experiment_ids = d.pop("experimentIds")
        if not isinstance(_experiment_ids, list):
            raise TypeError(
                f"KillExperimentsRequest.experimentIds: expected list, got {type(_experiment_ids).__name__}"
            )
        for experiment_ids_item_data in _experiment_ids:
            if type(experiment_ids_item_data) is not int:
                raise TypeError(
                    f"KillExperimentsRequest.experimentIds item: expected int, got {type(experiment_ids_item_data).__name__}"
                )
        experiment_ids: list[int] = _experiment_ids

        project_id = d.pop("projectId")
        if type(project_id) is not int:
            raise TypeError(f"KillExperimentsRequest.projectId: expected int, got {type(project_id).__name__}")

        _filters = d.pop("filters", UNSET)
        filters: BulkExperimentFilters | None | Unset
        if _filters is None or _filters is UNSET:
            filters = _filters
        else:
            if not isinstance(_filters, dict):
                raise TypeError(f"KillExperimentsRequest.filters: expected object, got {type(_filters).__name__}")
            filters_type_0 = BulkExperimentFilters.from_dict(_filters)

            filters = filters_type_0

        kill_experiments_request = cls(
            experiment_ids,
            project_id,
            filters,
        )

        kill_experiments_request.additional_properties = d if d else {}
        return kill_experiments_request

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
from ..models.bulk_experiment_filters import BulkExperimentFilters  # noqa: E402
