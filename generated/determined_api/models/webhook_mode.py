from typing import Literal, cast

WebhookMode = Literal["WEBHOOK_MODE_SPECIFIC", "WEBHOOK_MODE_UNSPECIFIED", "WEBHOOK_MODE_WORKSPACE"]

WEBHOOK_MODE_VALUES: set[WebhookMode] = {
    "WEBHOOK_MODE_SPECIFIC",
    "WEBHOOK_MODE_UNSPECIFIED",
    "WEBHOOK_MODE_WORKSPACE",
}


def check_webhook_mode(value: str) -> WebhookMode:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(WebhookMode, value)
