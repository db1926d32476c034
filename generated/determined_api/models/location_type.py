from typing import Literal, cast

LocationType = Literal[
    "LOCATION_TYPE_CUSTOM_METRIC",
    "LOCATION_TYPE_EXPERIMENT",
    "LOCATION_TYPE_HYPERPARAMETERS",
    "LOCATION_TYPE_RUN",
    "LOCATION_TYPE_RUN_HYPERPARAMETERS",
    "LOCATION_TYPE_RUN_METADATA",
    "LOCATION_TYPE_TRAINING",
    "LOCATION_TYPE_UNSPECIFIED",
    "LOCATION_TYPE_VALIDATIONS",
]

LOCATION_TYPE_VALUES: set[LocationType] = {
    "LOCATION_TYPE_CUSTOM_METRIC",
    "LOCATION_TYPE_EXPERIMENT",
    "LOCATION_TYPE_HYPERPARAMETERS",
    "LOCATION_TYPE_RUN",
    "LOCATION_TYPE_RUN_HYPERPARAMETERS",
    "LOCATION_TYPE_RUN_METADATA",
    "LOCATION_TYPE_TRAINING",
    "LOCATION_TYPE_UNSPECIFIED",
    "LOCATION_TYPE_VALIDATIONS",
}


def check_location_type(value: str) -> LocationType:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(LocationType, value)
