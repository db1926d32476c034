from typing import Literal, cast

LogLevel = Literal[
    "LOG_LEVEL_CRITICAL",
    "LOG_LEVEL_DEBUG",
    "LOG_LEVEL_ERROR",
    "LOG_LEVEL_INFO",
    "LOG_LEVEL_TRACE",
    "LOG_LEVEL_UNSPECIFIED",
    "LOG_LEVEL_WARNING",
]

LOG_LEVEL_VALUES: set[LogLevel] = {
    "LOG_LEVEL_CRITICAL",
    "LOG_LEVEL_DEBUG",
    "LOG_LEVEL_ERROR",
    "LOG_LEVEL_INFO",
    "LOG_LEVEL_TRACE",
    "LOG_LEVEL_UNSPECIFIED",
    "LOG_LEVEL_WARNING",
}


def check_log_level(value: str) -> LogLevel:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(LogLevel, value)
