"""Keep tokens out of httpcore's DEBUG logs.

httpcore logs every response's headers at DEBUG. A master that also serves a web UI may
answer login with ``Set-Cookie: auth=<token>``, so turning on DEBUG logging would write
the token to the log. These filters mask cookie and authorization header values in those
records; they change nothing else.
"""

from __future__ import annotations

import logging
import re

_HEADER = re.compile(
    rb"(\(b'(?:set-cookie|cookie|authorization|proxy-authorization)', b')[^']*(')".decode(),
    re.IGNORECASE,
)
# httpcore's loggers (filters on a parent logger do not apply to its children's records).
_HTTPCORE_LOGGERS = (
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


class RedactHeaders(logging.Filter):
    """Masks secret header values in httpcore's pre-formatted trace messages."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and "b'" in record.msg:
            record.msg = _HEADER.sub(r"\1***\2", record.msg)
        return True


def install() -> None:
    """Idempotent: add the filter once to each httpcore logger."""
    for name in _HTTPCORE_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactHeaders) for f in logger.filters):
            logger.addFilter(RedactHeaders())
