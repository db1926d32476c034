from typing import Literal, cast

JobState = Literal["STATE_QUEUED", "STATE_SCHEDULED", "STATE_SCHEDULED_BACKFILLED", "STATE_UNSPECIFIED"]

JOB_STATE_VALUES: set[JobState] = {
    "STATE_QUEUED",
    "STATE_SCHEDULED",
    "STATE_SCHEDULED_BACKFILLED",
    "STATE_UNSPECIFIED",
}


def check_job_state(value: str) -> JobState:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(JobState, value)
