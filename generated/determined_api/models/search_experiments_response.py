from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SearchExperimentsResponse")


@_attrs_define
class SearchExperimentsResponse:
    """
    Attributes:
        experiments (list[SearchExperimentExperiment]):
        pagination (None | Pagination):
    """

    experiments: list[SearchExperimentExperiment]
    pagination: None | Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiments = []
        for experiments_item_data in self.experiments:
            experiments_item = experiments_item_data.to_dict()
            experiments.append(experiments_item)

        pagination: dict[str, Any] | None
        if isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiments": experiments,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _experiments = d.pop("experiments")
        if not isinstance(_experiments, list):
            raise TypeError(f"SearchExperimentsResponse.experiments: expected list, got {type(_experiments).__name__}")
        experiments = []
        for experiments_item_data in _experiments:
            if not isinstance(experiments_item_data, dict):
                raise TypeError(
                    f"SearchExperimentsResponse.experiments item: expected object, got {type(experiments_item_data).__name__}"
                )
            experiments_item = SearchExperimentExperiment.from_dict(experiments_item_data)

            experiments.append(experiments_item)

        _pagination = d.pop("pagination")
        pagination: None | Pagination
        if _pagination is None:
            pagination = _pagination
        else:
            if not isinstance(_pagination, dict):
                raise TypeError(
                    f"SearchExperimentsResponse.pagination: expected object, got {type(_pagination).__name__}"
                )
            pagination_type_0 = Pagination.from_dict(_pagination)

            pagination = pagination_type_0

        search_experiments_response = cls(
            experiments,
            pagination,
        )

        search_experiments_response.additional_properties = d if d else {}
        return search_experiments_response

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
from ..models.pagination import Pagination  # noqa: E402
from ..models.search_experiment_experiment import SearchExperimentExperiment  # noqa: E402
