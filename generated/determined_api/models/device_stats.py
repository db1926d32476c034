from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceStats")


@_attrs_define
class DeviceStats:
    """
    Attributes:
        disabled (int):
        draining (int):
        total (int):
        states (DeviceStatsStates | Unset):
    """

    disabled: int
    draining: int
    total: int
    states: DeviceStatsStates | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disabled = self.disabled

        draining = self.draining

        total = self.total

        states: dict[str, Any] | Unset = UNSET
        if not isinstance(self.states, Unset):
            states = self.states.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "disabled": disabled,
                "draining": draining,
                "total": total,
            }
        )
        if states is not UNSET:
            field_dict["states"] = states

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        disabled = d.pop("disabled")
        if type(disabled) is not int:
            raise TypeError(f"DeviceStats.disabled: expected int, got {type(disabled).__name__}")

        draining = d.pop("draining")
        if type(draining) is not int:
            raise TypeError(f"DeviceStats.draining: expected int, got {type(draining).__name__}")

        total = d.pop("total")
        if type(total) is not int:
            raise TypeError(f"DeviceStats.total: expected int, got {type(total).__name__}")

        _states = d.pop("states", UNSET)
        states: DeviceStatsStates | Unset
        if _states is UNSET:
            states = UNSET
        else:
            if not isinstance(_states, dict):
                raise TypeError(f"DeviceStats.states: expected object, got {type(_states).__name__}")
            states = DeviceStatsStates.from_dict(_states)

        device_stats = cls(
            disabled,
            draining,
            total,
            states,
        )

        device_stats.additional_properties = d if d else {}
        return device_stats

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
from ..models.device_stats_states import DeviceStatsStates  # noqa: E402
