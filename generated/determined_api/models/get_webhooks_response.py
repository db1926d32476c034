from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetWebhooksResponse")


@_attrs_define
class GetWebhooksResponse:
    """
    Attributes:
        webhooks (list[Webhook]):
    """

    webhooks: list[Webhook]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhooks = []
        for webhooks_item_data in self.webhooks:
            webhooks_item = webhooks_item_data.to_dict()
            webhooks.append(webhooks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhooks": webhooks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _webhooks = d.pop("webhooks")
        if not isinstance(_webhooks, list):
            raise TypeError(f"GetWebhooksResponse.webhooks: expected list, got {type(_webhooks).__name__}")
        webhooks = []
        for webhooks_item_data in _webhooks:
            if not isinstance(webhooks_item_data, dict):
                raise TypeError(
                    f"GetWebhooksResponse.webhooks item: expected object, got {type(webhooks_item_data).__name__}"
                )
            webhooks_item = Webhook.from_dict(webhooks_item_data)

            webhooks.append(webhooks_item)

        get_webhooks_response = cls(
            webhooks,
        )

        get_webhooks_response.additional_properties = d if d else {}
        return get_webhooks_response

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
