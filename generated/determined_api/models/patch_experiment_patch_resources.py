from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchExperimentPatchResources")


@_attrs_define
class PatchExperimentPatchResources:
    """Scheduling settings to change on a running experiment.

    Attributes:
        max_slots (int | Unset): Most slots its trials may hold at once.
        priority (int | Unset): Its priority under the priority scheduler; smaller goes first.
        weight (float | Unset): Its share under the fair-share scheduler.
    """

    max_slots: int | Unset = UNSET
    priority: int | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_slots = self.max_slots

        priority = self.priority

        weight: float | str | Unset
        if isinstance(self.weight, float) and not math.isfinite(self.weight):
            weight = "NaN" if math.isnan(self.weight) else ("Infinity" if self.weight > 0 else "-Infinity")
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_slots is not UNSET:
            field_dict["maxSlots"] = max_slots
        if priority is not UNSET:
            field_dict["priority"] = priority
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_slots = d.pop("maxSlots", UNSET)
        if type(max_slots) is not int and max_slots is not UNSET:
            raise TypeError(f"PatchExperimentPatchResources.maxSlots: expected int, got {type(max_slots).__name__}")

        priority = d.pop("priority", UNSET)
        if type(priority) is not int and priority is not UNSET:
            raise TypeError(f"PatchExperimentPatchResources.priority: expected int, got {type(priority).__name__}")

        _weight = d.pop("weight", UNSET)
        weight: float | Unset
        if type(_weight) is float or type(_weight) is int:
            weight = _weight
        elif _weight in ("NaN", "Infinity", "-Infinity"):
            weight = float(_weight)
        elif _weight is UNSET:
            weight = UNSET
        else:
            raise TypeError(f"PatchExperimentPatchResources.weight: expected number, got {type(_weight).__name__}")

        patch_experiment_patch_resources = cls(
            max_slots,
            priority,
            weight,
        )

        patch_experiment_patch_resources.additional_properties = d if d else {}
        return patch_experiment_patch_resources

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
