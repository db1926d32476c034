from typing import Literal, cast

GetTrialWorkloadsRequestFilterOption = Literal[
    "FILTER_OPTION_CHECKPOINT",
    "FILTER_OPTION_CHECKPOINT_OR_VALIDATION",
    "FILTER_OPTION_UNSPECIFIED",
    "FILTER_OPTION_VALIDATION",
]

GET_TRIAL_WORKLOADS_REQUEST_FILTER_OPTION_VALUES: set[GetTrialWorkloadsRequestFilterOption] = {
    "FILTER_OPTION_CHECKPOINT",
    "FILTER_OPTION_CHECKPOINT_OR_VALIDATION",
    "FILTER_OPTION_UNSPECIFIED",
    "FILTER_OPTION_VALIDATION",
}


def check_get_trial_workloads_request_filter_option(value: str) -> GetTrialWorkloadsRequestFilterOption:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(GetTrialWorkloadsRequestFilterOption, value)
