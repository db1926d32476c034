from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostWebhookResponse")


@_attrs_define
class PostWebhookResponse:
    """
    Attributes:
        webhook (None | Webhook):
    """

    webhook: None | Webhook
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook: dict[str, Any] | None
        if isinstance(self.webhook, Webhook):
            webhook = self.webhook.to_dict()
        else:
            webhook = self.webhook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhook": webhook,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _webhook = d.pop("webhook")
        webhook: None | Webhook
        if _webhook is None:
            webhook = _webhook
        else:
            if not isinstance(_webhook, dict):
                raise TypeError(f"PostWebhookResponse.webhook: expected object, got {type(_webhook).__name__}")
            webhook_type_0 = Webhook.from_dict(_webhook)

            webhook = webhook_type_0

        post_webhook_response = cls(
            webhook,
        )

        post_webhook_response.additional_properties = d if d else {}
        return post_webhook_response

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
from ..models.webhook import Webhook  # noqa: E402
