from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_mode import WebhookMode, check_webhook_mode
from ..models.webhook_type import WebhookType, check_webhook_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """
    Attributes:
        mode (WebhookMode):
        name (str):
        url (str):
        webhook_type (WebhookType):
        id (int | Unset):
        triggers (list[Trigger] | Unset):
        workspace_id (int | Unset):
    """

    mode: WebhookMode
    name: str
    url: str
    webhook_type: WebhookType
    id: int | Unset = UNSET
    triggers: list[Trigger] | Unset = UNSET
    workspace_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        name = self.name

        url = self.url

        webhook_type: str = self.webhook_type

        id = self.id

        triggers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = []
            for triggers_item_data in self.triggers:
                triggers_item = triggers_item_data.to_dict()
                triggers.append(triggers_item)

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "name": name,
                "url": url,
                "webhookType": webhook_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _mode = d.pop("mode")
        if type(_mode) is not str:
            raise TypeError(f"Webhook.mode: expected str, got {type(_mode).__name__}")
        mode = check_webhook_mode(_mode)

        name = d.pop("name")
        if type(name) is not str:
            raise TypeError(f"Webhook.name: expected str, got {type(name).__name__}")

        url = d.pop("url")
        if type(url) is not str:
            raise TypeError(f"Webhook.url: expected str, got {type(url).__name__}")

        _webhook_type = d.pop("webhookType")
        if type(_webhook_type) is not str:
            raise TypeError(f"Webhook.webhookType: expected str, got {type(_webhook_type).__name__}")
        webhook_type = check_webhook_type(_webhook_type)

        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            raise TypeError(f"Webhook.id: expected int, got {type(id).__name__}")

        _triggers = d.pop("triggers", UNSET)
        triggers: list[Trigger] | Unset = UNSET
        if _triggers is not UNSET:
            if not isinstance(_triggers, list):
                raise TypeError(f"Webhook.triggers: expected list, got {type(_triggers).__name__}")
            triggers = []
            for triggers_item_data in _triggers:
                if not isinstance(triggers_item_data, dict):
                    raise TypeError(f"Webhook.triggers item: expected object, got {type(triggers_item_data).__name__}")
                triggers_item = Trigger.from_dict(triggers_item_data)

                triggers.append(triggers_item)

        workspace_id = d.pop("workspaceId", UNSET)
        if type(workspace_id) is not int and workspace_id is not UNSET:
            raise TypeError(f"Webhook.workspaceId: expected int, got {type(workspace_id).__name__}")

        webhook = cls(
            mode,
            name,
            url,
            webhook_type,
            id,
            triggers,
            workspace_id,
        )

        webhook.additional_properties = d if d else {}
        return webhook

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
from ..models.trigger import Trigger  # noqa: E402
