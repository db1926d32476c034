from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostWebhookEventDataRequest")


@_attrs_define
class PostWebhookEventDataRequest:
    """
    Attributes:
        data (CustomWebhookEventData | None): The event payload sent to the webhooks.
        experiment_id (int):
        trial_id (int | Unset):
    """

    data: CustomWebhookEventData | None
    experiment_id: int
    trial_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | None
        if isinstance(self.data, CustomWebhookEventData):
            data = self.data.to_dict()
        else:
            data = self.data

        experiment_id = self.experiment_id

        trial_id = self.trial_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "experimentId": experiment_id,
            }
        )
        if trial_id is not UNSET:
            field_dict["trialId"] = trial_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data")
        data: CustomWebhookEventData | None
        if _data is None:
            data = _data
        else:
            if not isinstance(_data, dict):
                raise TypeError(f"PostWebhookEventDataRequest.data: expected object, got {type(_data).__name__}")
            data_type_0 = CustomWebhookEventData.from_dict(_data)

            data = data_type_0

        experiment_id = d.pop("experimentId")
        if type(experiment_id) is not int:
            raise TypeError(
                f"PostWebhookEventDataRequest.experimentId: expected int, got {type(experiment_id).__name__}"
            )

        trial_id = d.pop("trialId", UNSET)
        if type(trial_id) is not int and trial_id is not UNSET:
            raise TypeError(f"PostWebhookEventDataRequest.trialId: expected int, got {type(trial_id).__name__}")

        post_webhook_event_data_request = cls(
            data,
            experiment_id,
            trial_id,
        )

        post_webhook_event_data_request.additional_properties = d if d else {}
        return post_webhook_event_data_request

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
from ..models.custom_webhook_event_data import CustomWebhookEventData  # noqa: E402
