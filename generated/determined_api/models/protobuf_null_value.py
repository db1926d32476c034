from typing import Literal, cast

ProtobufNullValue = Literal["NULL_VALUE"]

PROTOBUF_NULL_VALUE_VALUES: set[ProtobufNullValue] = {
    "NULL_VALUE",
}


def check_protobuf_null_value(value: str) -> ProtobufNullValue:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(ProtobufNullValue, value)
