from typing import Literal, cast

ResourceAllocationAggregationPeriod = Literal[
    "RESOURCE_ALLOCATION_AGGREGATION_PERIOD_DAILY",
    "RESOURCE_ALLOCATION_AGGREGATION_PERIOD_MONTHLY",
    "RESOURCE_ALLOCATION_AGGREGATION_PERIOD_UNSPECIFIED",
]

RESOURCE_ALLOCATION_AGGREGATION_PERIOD_VALUES: set[ResourceAllocationAggregationPeriod] = {
    "RESOURCE_ALLOCATION_AGGREGATION_PERIOD_DAILY",
    "RESOURCE_ALLOCATION_AGGREGATION_PERIOD_MONTHLY",
    "RESOURCE_ALLOCATION_AGGREGATION_PERIOD_UNSPECIFIED",
}


def check_resource_allocation_aggregation_period(value: str) -> ResourceAllocationAggregationPeriod:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(ResourceAllocationAggregationPeriod, value)
