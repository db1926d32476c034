from typing import Literal, cast

TrialSourceInfoType = Literal[
    "TRIAL_SOURCE_INFO_TYPE_FINE_TUNING", "TRIAL_SOURCE_INFO_TYPE_INFERENCE", "TRIAL_SOURCE_INFO_TYPE_UNSPECIFIED"
]

TRIAL_SOURCE_INFO_TYPE_VALUES: set[TrialSourceInfoType] = {
    "TRIAL_SOURCE_INFO_TYPE_FINE_TUNING",
    "TRIAL_SOURCE_INFO_TYPE_INFERENCE",
    "TRIAL_SOURCE_INFO_TYPE_UNSPECIFIED",
}


def check_trial_source_info_type(value: str) -> TrialSourceInfoType:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(TrialSourceInfoType, value)
