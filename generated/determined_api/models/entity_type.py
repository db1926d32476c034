from typing import Literal, cast

EntityType = Literal["ENTITY_TYPE_PROJECT", "ENTITY_TYPE_UNSPECIFIED"]

ENTITY_TYPE_VALUES: set[EntityType] = {
    "ENTITY_TYPE_PROJECT",
    "ENTITY_TYPE_UNSPECIFIED",
}


def check_entity_type(value: str) -> EntityType:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(EntityType, value)
