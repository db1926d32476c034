from typing import Literal, cast

ResourcePoolType = Literal[
    "RESOURCE_POOL_TYPE_AWS",
    "RESOURCE_POOL_TYPE_GCP",
    "RESOURCE_POOL_TYPE_K8S",
    "RESOURCE_POOL_TYPE_STATIC",
    "RESOURCE_POOL_TYPE_UNSPECIFIED",
]

RESOURCE_POOL_TYPE_VALUES: set[ResourcePoolType] = {
    "RESOURCE_POOL_TYPE_AWS",
    "RESOURCE_POOL_TYPE_GCP",
    "RESOURCE_POOL_TYPE_K8S",
    "RESOURCE_POOL_TYPE_STATIC",
    "RESOURCE_POOL_TYPE_UNSPECIFIED",
}


def check_resource_pool_type(value: str) -> ResourcePoolType:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(ResourcePoolType, value)
