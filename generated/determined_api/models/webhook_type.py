from typing import Literal, cast

WebhookType = Literal["WEBHOOK_TYPE_DEFAULT", "WEBHOOK_TYPE_SLACK", "WEBHOOK_TYPE_UNSPECIFIED"]

WEBHOOK_TYPE_VALUES: set[WebhookType] = {
    "WEBHOOK_TYPE_DEFAULT",
    "WEBHOOK_TYPE_SLACK",
    "WEBHOOK_TYPE_UNSPECIFIED",
}


def check_webhook_type(value: str) -> WebhookType:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(WebhookType, value)
