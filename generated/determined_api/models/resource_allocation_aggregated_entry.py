from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_allocation_aggregation_period import (
    ResourceAllocationAggregationPeriod,
    check_resource_allocation_aggregation_period,
)

T = TypeVar("T", bound="ResourceAllocationAggregatedEntry")


@_attrs_define
class ResourceAllocationAggregatedEntry:
    """
    Attributes:
        by_experiment_label (ResourceAllocationAggregatedEntryByExperimentLabel):
        by_resource_pool (ResourceAllocationAggregatedEntryByResourcePool):
        by_username (ResourceAllocationAggregatedEntryByUsername):
        period (ResourceAllocationAggregationPeriod):
        period_start (str):
        seconds (float):
    """

    by_experiment_label: ResourceAllocationAggregatedEntryByExperimentLabel
    by_resource_pool: ResourceAllocationAggregatedEntryByResourcePool
    by_username: ResourceAllocationAggregatedEntryByUsername
    period: ResourceAllocationAggregationPeriod
    period_start: str
    seconds: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_experiment_label = self.by_experiment_label.to_dict()

        by_resource_pool = self.by_resource_pool.to_dict()

        by_username = self.by_username.to_dict()

        period: str = self.period

        period_start = self.period_start

        seconds: float | str
        if isinstance(self.seconds, float) and not math.isfinite(self.seconds):
            seconds = "NaN" if math.isnan(self.seconds) else ("Infinity" if self.seconds > 0 else "-Infinity")
        else:
            seconds = self.seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "byExperimentLabel": by_experiment_label,
                "byResourcePool": by_resource_pool,
                "byUsername": by_username,
                "period": period,
                "periodStart": period_start,
                "seconds": seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _by_experiment_label = d.pop("byExperimentLabel")
        if not isinstance(_by_experiment_label, dict):
            raise TypeError(
                f"ResourceAllocationAggregatedEntry.byExperimentLabel: expected object, got {type(_by_experiment_label).__name__}"
            )
        by_experiment_label = ResourceAllocationAggregatedEntryByExperimentLabel.from_dict(_by_experiment_label)

        _by_resource_pool = d.pop("byResourcePool")
        if not isinstance(_by_resource_pool, dict):
            raise TypeError(
                f"ResourceAllocationAggregatedEntry.byResourcePool: expected object, got {type(_by_resource_pool).__name__}"
            )
        by_resource_pool = ResourceAllocationAggregatedEntryByResourcePool.from_dict(_by_resource_pool)

        _by_username = d.pop("byUsername")
        if not isinstance(_by_username, dict):
            raise TypeError(
                f"ResourceAllocationAggregatedEntry.byUsername: expected object, got {type(_by_username).__name__}"
            )
        by_username = ResourceAllocationAggregatedEntryByUsername.from_dict(_by_username)

        _period = d.pop("period")
        if type(_period) is not str:
            raise TypeError(f"ResourceAllocationAggregatedEntry.period: expected str, got {type(_period).__name__}")
        period = check_resource_allocation_aggregation_period(_period)

        period_start = d.pop("periodStart")
        if type(period_start) is not str:
            raise TypeError(
                f"ResourceAllocationAggregatedEntry.periodStart: expected str, got {type(period_start).__name__}"
            )

        _seconds = d.pop("seconds")
        seconds: float
        if type(_seconds) is float or type(_seconds) is int:
            seconds = _seconds
        elif _seconds in ("NaN", "Infinity", "-Infinity"):
            seconds = float(_seconds)
        else:
            raise TypeError(
                f"ResourceAllocationAggregatedEntry.seconds: expected number, got {type(_seconds).__name__}"
            )

        resource_allocation_aggregated_entry = cls(
            by_experiment_label,
            by_resource_pool,
            by_username,
            period,
            period_start,
            seconds,
        )

        resource_allocation_aggregated_entry.additional_properties = d if d else {}
        return resource_allocation_aggregated_entry

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
from ..models.resource_allocation_aggregated_entry_by_experiment_label import (
    ResourceAllocationAggregatedEntryByExperimentLabel,  # noqa: E402
)
from ..models.resource_allocation_aggregated_entry_by_resource_pool import (
    ResourceAllocationAggregatedEntryByResourcePool,  # noqa: E402
)
from ..models.resource_allocation_aggregated_entry_by_username import ResourceAllocationAggregatedEntryByUsername  # noqa: E402
