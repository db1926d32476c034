from typing import Literal, cast

FittingPolicy = Literal[
    "FITTING_POLICY_BEST",
    "FITTING_POLICY_KUBERNETES",
    "FITTING_POLICY_PBS",
    "FITTING_POLICY_SLURM",
    "FITTING_POLICY_UNSPECIFIED",
    "FITTING_POLICY_WORST",
]

FITTING_POLICY_VALUES: set[FittingPolicy] = {
    "FITTING_POLICY_BEST",
    "FITTING_POLICY_KUBERNETES",
    "FITTING_POLICY_PBS",
    "FITTING_POLICY_SLURM",
    "FITTING_POLICY_UNSPECIFIED",
    "FITTING_POLICY_WORST",
}


def check_fitting_policy(value: str) -> FittingPolicy:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(FittingPolicy, value)
