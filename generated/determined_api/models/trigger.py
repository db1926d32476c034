from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trigger_type import TriggerType, check_trigger_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Trigger")


@_attrs_define
class Trigger:
    """
    Attributes:
        condition (None | TriggerConditionType0 | Unset):
        id (int | Unset):
        trigger_type (TriggerType | Unset):
        webhook_id (int | Unset):
    """

    condition: None | TriggerConditionType0 | Unset = UNSET
    id: int | Unset = UNSET
    trigger_type: TriggerType | Unset = UNSET
    webhook_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition: dict[str, Any] | None | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        elif isinstance(self.condition, TriggerConditionType0):
            condition = self.condition.to_dict()
        else:
            condition = self.condition

        id = self.id

        trigger_type: str | Unset = UNSET
        if not isinstance(self.trigger_type, Unset):
            trigger_type = self.trigger_type

        webhook_id = self.webhook_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition is not UNSET:
            field_dict["condition"] = condition
        if id is not UNSET:
            field_dict["id"] = id
        if trigger_type is not UNSET:
            field_dict["triggerType"] = trigger_type
        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _condition = d.pop("condition", UNSET)
        condition: None | TriggerConditionType0 | Unset
        if _condition is None or _condition is UNSET:
            condition = _condition
        else:
            if not isinstance(_condition, dict):
                raise TypeError(f"Trigger.condition: expected object, got {type(_condition).__name__}")
            condition_type_0 = TriggerConditionType0.from_dict(_condition)

            condition = condition_type_0

        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            raise TypeError(f"Trigger.id: expected int, got {type(id).__name__}")

        _trigger_type = d.pop("triggerType", UNSET)
        trigger_type: TriggerType | Unset
        if _trigger_type is UNSET:
            trigger_type = UNSET
        else:
            if type(_trigger_type) is not str:
                raise TypeError(f"Trigger.triggerType: expected str, got {type(_trigger_type).__name__}")
            trigger_type = check_trigger_type(_trigger_type)

        webhook_id = d.pop("webhookId", UNSET)
        if type(webhook_id) is not int and webhook_id is not UNSET:
            raise TypeError(f"Trigger.webhookId: expected int, got {type(webhook_id).__name__}")

        trigger = cls(
            condition,
            id,
            trigger_type,
            webhook_id,
        )

        trigger.additional_properties = d if d else {}
        return trigger

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
from ..models.trigger_condition_type_0 import TriggerConditionType0  # noqa: E402
