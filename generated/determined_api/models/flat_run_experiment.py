from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlatRunExperiment")


@_attrs_define
class FlatRunExperiment:
    """
    Attributes:
        description (str):
        id (int):
        is_multitrial (bool):
        name (str):
        progress (float):
        resource_pool (str):
        searcher_metric (str):
        searcher_type (str):
        unmanaged (bool):
        external_experiment_id (str | Unset):
        forked_from (int | Unset):
        pachyderm_integration (FlatRunExperimentPachydermIntegration | Unset):
    """

    description: str
    id: int
    is_multitrial: bool
    name: str
    progress: float
    resource_pool: str
    searcher_metric: str
    searcher_type: str
    unmanaged: bool
    external_experiment_id: str | Unset = UNSET
    forked_from: int | Unset = UNSET
    pachyderm_integration: FlatRunExperimentPachydermIntegration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        is_multitrial = self.is_multitrial

        name = self.name

        progress: float | str
        if isinstance(self.progress, float) and not math.isfinite(self.progress):
            progress = "NaN" if math.isnan(self.progress) else ("Infinity" if self.progress > 0 else "-Infinity")
        else:
            progress = self.progress

        resource_pool = self.resource_pool

        searcher_metric = self.searcher_metric

        searcher_type = self.searcher_type

        unmanaged = self.unmanaged

        external_experiment_id = self.external_experiment_id

        forked_from = self.forked_from

        pachyderm_integration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pachyderm_integration, Unset):
            pachyderm_integration = self.pachyderm_integration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "isMultitrial": is_multitrial,
                "name": name,
                "progress": progress,
                "resourcePool": resource_pool,
                "searcherMetric": searcher_metric,
                "searcherType": searcher_type,
                "unmanaged": unmanaged,
            }
        )
        if external_experiment_id is not UNSET:
            field_dict["externalExperimentId"] = external_experiment_id
        if forked_from is not UNSET:
            field_dict["forkedFrom"] = forked_from
        if pachyderm_integration is not UNSET:
            field_dict["pachydermIntegration"] = pachyderm_integration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")
        if type(description) is not str:
            raise TypeError(f"FlatRunExperiment.description: expected str, got {type(description).__name__}")

        id = d.pop("id")
        if type(id) is not int:
            raise TypeError(f"FlatRunExperiment.id: expected int, got {type(id).__name__}")

        is_multitrial = d.pop("isMultitrial")
        if type(is_multitrial) is not bool:
            raise TypeError(f"FlatRunExperiment.isMultitrial: expected bool, got {type(is_multitrial).__name__}")

        name = d.pop("name")
        if type(name) is not str:
            raise TypeError(f"FlatRunExperiment.name: expected str, got {type(name).__name__}")

        _progress = d.pop("progress")
        progress: float
        if type(_progress) is float or type(_progress) is int:
            progress = _progress
        elif _progress in ("NaN", "Infinity", "-Infinity"):
            progress = float(_progress)
        else:
            raise TypeError(f"FlatRunExperiment.progress: expected number, got {type(_progress).__name__}")

        resource_pool = d.pop("resourcePool")
        if type(resource_pool) is not str:
            raise TypeError(f"FlatRunExperiment.resourcePool: expected str, got {type(resource_pool).__name__}")

        searcher_metric = d.pop("searcherMetric")
        if type(searcher_metric) is not str:
            raise TypeError(f"FlatRunExperiment.searcherMetric: expected str, got {type(searcher_metric).__name__}")

        searcher_type = d.pop("searcherType")
        if type(searcher_type) is not str:
            raise TypeError(f"FlatRunExperiment.searcherType: expected str, got {type(searcher_type).__name__}")

        unmanaged = d.pop("unmanaged")
        if type(unmanaged) is not bool:
            raise TypeError(f"FlatRunExperiment.unmanaged: expected bool, got {type(unmanaged).__name__}")

        external_experiment_id = d.pop("externalExperimentId", UNSET)
        if type(external_experiment_id) is not str and external_experiment_id is not UNSET:
            raise TypeError(
                f"FlatRunExperiment.externalExperimentId: expected str, got {type(external_experiment_id).__name__}"
            )

        forked_from = d.pop("forkedFrom", UNSET)
        if type(forked_from) is not int and forked_from is not UNSET:
            raise TypeError(f"FlatRunExperiment.forkedFrom: expected int, got {type(forked_from).__name__}")

        _pachyderm_integration = d.pop("pachydermIntegration", UNSET)
        pachyderm_integration: FlatRunExperimentPachydermIntegration | Unset
        if _pachyderm_integration is UNSET:
            pachyderm_integration = UNSET
        else:
            if not isinstance(_pachyderm_integration, dict):
                raise TypeError(
                    f"FlatRunExperiment.pachydermIntegration: expected object, got {type(_pachyderm_integration).__name__}"
                )
            pachyderm_integration = FlatRunExperimentPachydermIntegration.from_dict(_pachyderm_integration)

        flat_run_experiment = cls(
            description,
            id,
            is_multitrial,
            name,
            progress,
            resource_pool,
            searcher_metric,
            searcher_type,
            unmanaged,
            external_experiment_id,
            forked_from,
            pachyderm_integration,
        )

        flat_run_experiment.additional_properties = d if d else {}
        return flat_run_experiment

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
from ..models.flat_run_experiment_pachyderm_integration import FlatRunExperimentPachydermIntegration  # noqa: E402
