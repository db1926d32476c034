from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RPQueueStat")


@_attrs_define
class RPQueueStat:
    """
    Attributes:
        resource_pool (str):
        stats (None | QueueStats):
        aggregates (list[AggregateQueueStats] | Unset):
    """

    resource_pool: str
    stats: None | QueueStats
    aggregates: list[AggregateQueueStats] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_pool = self.resource_pool

        stats: dict[str, Any] | None
        if isinstance(self.stats, QueueStats):
            stats = self.stats.to_dict()
        else:
            stats = self.stats

        aggregates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.aggregates, Unset):
            aggregates = []
            for aggregates_item_data in self.aggregates:
                aggregates_item = aggregates_item_data.to_dict()
                aggregates.append(aggregates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourcePool": resource_pool,
                "stats": stats,
            }
        )
        if aggregates is not UNSET:
            field_dict["aggregates"] = aggregates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_pool = d.pop("resourcePool")
        if type(resource_pool) is not str:
            raise TypeError(f"RPQueueStat.resourcePool: expected str, got {type(resource_pool).__name__}")

        _stats = d.pop("stats")
        stats: None | QueueStats
        if _stats is None:
            stats = _stats
        else:
            if not isinstance(_stats, dict):
                raise TypeError(f"RPQueueStat.stats: expected object, got {type(_stats).__name__}")
            stats_type_0 = QueueStats.from_dict(_stats)

            stats = stats_type_0

        _aggregates = d.pop("aggregates", UNSET)
        aggregates: list[AggregateQueueStats] | Unset = UNSET
        if _aggregates is not UNSET:
            if not isinstance(_aggregates, list):
                raise TypeError(f"RPQueueStat.aggregates: expected list, got {type(_aggregates).__name__}")
            aggregates = []
            for aggregates_item_data in _aggregates:
                if not isinstance(aggregates_item_data, dict):
                    raise TypeError(
                        f"RPQueueStat.aggregates item: expected object, got {type(aggregates_item_data).__name__}"
                    )
                aggregates_item = AggregateQueueStats.from_dict(aggregates_item_data)

                aggregates.append(aggregates_item)

        rp_queue_stat = cls(
            resource_pool,
            stats,
            aggregates,
        )

        rp_queue_stat.additional_properties = d if d else {}
        return rp_queue_stat

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
from ..models.aggregate_queue_stats import AggregateQueueStats  # noqa: E402
from ..models.queue_stats import QueueStats  # noqa: E402
