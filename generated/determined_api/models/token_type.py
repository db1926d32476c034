from typing import Literal, cast

TokenType = Literal["TOKEN_TYPE_ACCESS_TOKEN", "TOKEN_TYPE_UNSPECIFIED", "TOKEN_TYPE_USER_SESSION"]

TOKEN_TYPE_VALUES: set[TokenType] = {
    "TOKEN_TYPE_ACCESS_TOKEN",
    "TOKEN_TYPE_UNSPECIFIED",
    "TOKEN_TYPE_USER_SESSION",
}


def check_token_type(value: str) -> TokenType:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(TokenType, value)
