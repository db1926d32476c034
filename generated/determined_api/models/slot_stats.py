from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SlotStats")


@_attrs_define
class SlotStats:
    """
    Attributes:
        brand_stats (SlotStatsBrandStats):
        type_stats (SlotStatsTypeStats):
    """

    brand_stats: SlotStatsBrandStats
    type_stats: SlotStatsTypeStats
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_stats = self.brand_stats.to_dict()

        type_stats = self.type_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brandStats": brand_stats,
                "typeStats": type_stats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _brand_stats = d.pop("brandStats")
        if not isinstance(_brand_stats, dict):
            raise TypeError(f"SlotStats.brandStats: expected object, got {type(_brand_stats).__name__}")
        brand_stats = SlotStatsBrandStats.from_dict(_brand_stats)

        _type_stats = d.pop("typeStats")
        if not isinstance(_type_stats, dict):
            raise TypeError(f"SlotStats.typeStats: expected object, got {type(_type_stats).__name__}")
        type_stats = SlotStatsTypeStats.from_dict(_type_stats)

        slot_stats = cls(
            brand_stats,
            type_stats,
        )

        slot_stats.additional_properties = d if d else {}
        return slot_stats

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
from ..models.slot_stats_brand_stats import SlotStatsBrandStats  # noqa: E402
from ..models.slot_stats_type_stats import SlotStatsTypeStats  # noqa: E402
