from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSlotsResponse")


@_attrs_define
class GetSlotsResponse:
    """
    Attributes:
        slots (list[Slot] | Unset):
    """

    slots: list[Slot] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = []
            for slots_item_data in self.slots:
                slots_item = slots_item_data.to_dict()
                slots.append(slots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slots is not UNSET:
            field_dict["slots"] = slots

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _slots = d.pop("slots", UNSET)
        slots: list[Slot] | Unset = UNSET
        if _slots is not UNSET:
            if not isinstance(_slots, list):
                raise TypeError(f"GetSlotsResponse.slots: expected list, got {type(_slots).__name__}")
            slots = []
            for slots_item_data in _slots:
                if not isinstance(slots_item_data, dict):
                    raise TypeError(
                        f"GetSlotsResponse.slots item: expected object, got {type(slots_item_data).__name__}"
                    )
                slots_item = Slot.from_dict(slots_item_data)

                slots.append(slots_item)

        get_slots_response = cls(
            slots,
        )

        get_slots_response.additional_properties = d if d else {}
        return get_slots_response

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
