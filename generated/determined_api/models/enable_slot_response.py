from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnableSlotResponse")


@_attrs_define
class EnableSlotResponse:
    """
    Attributes:
        slot (None | Slot | Unset):
    """

    slot: None | Slot | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slot: dict[str, Any] | None | Unset
        if isinstance(self.slot, Unset):
            slot = UNSET
        elif isinstance(self.slot, Slot):
            slot = self.slot.to_dict()
        else:
            slot = self.slot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slot is not UNSET:
            field_dict["slot"] = slot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _slot = d.pop("slot", UNSET)
        slot: None | Slot | Unset
        if _slot is None or _slot is UNSET:
            slot = _slot
        else:
            if not isinstance(_slot, dict):
                raise TypeError(f"EnableSlotResponse.slot: expected object, got {type(_slot).__name__}")
            slot_type_0 = Slot.from_dict(_slot)

            slot = slot_type_0

        enable_slot_response = cls(
            slot,
        )

        enable_slot_response.additional_properties = d if d else {}
        return enable_slot_response

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
from ..models.slot import Slot  # noqa: E402
