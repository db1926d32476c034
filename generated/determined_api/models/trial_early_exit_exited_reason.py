from typing import Literal, cast

TrialEarlyExitExitedReason = Literal[
    "EXITED_REASON_INIT_INVALID_HP", "EXITED_REASON_INVALID_HP", "EXITED_REASON_UNSPECIFIED"
]

TRIAL_EARLY_EXIT_EXITED_REASON_VALUES: set[TrialEarlyExitExitedReason] = {
    "EXITED_REASON_INIT_INVALID_HP",
    "EXITED_REASON_INVALID_HP",
    "EXITED_REASON_UNSPECIFIED",
}


def check_trial_early_exit_exited_reason(value: str) -> TrialEarlyExitExitedReason:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(TrialEarlyExitExitedReason, value)
