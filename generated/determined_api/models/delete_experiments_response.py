from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteExperimentsResponse")


@_attrs_define
class DeleteExperimentsResponse:
    """
    Attributes:
        results (list[ExperimentActionResult]):
    """

    results: list[ExperimentActionResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _results = d.pop("results")
        if not isinstance(_results, list):
            raise TypeError(f"DeleteExperimentsResponse.results: expected list, got {type(_results).__name__}")
        results = []
        for results_item_data in _results:
            if not isinstance(results_item_data, dict):
                raise TypeError(
                    f"DeleteExperimentsResponse.results item: expected object, got {type(results_item_data).__name__}"
                )
            results_item = ExperimentActionResult.from_dict(results_item_data)

            results.append(results_item)

        delete_experiments_response = cls(
            results,
        )

        delete_experiments_response.additional_properties = d if d else {}
        return delete_experiments_response

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
from ..models.experiment_action_result import ExperimentActionResult  # noqa: E402
