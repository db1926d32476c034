"""Shared constants and helpers of the fault-injection suite."""

from __future__ import annotations

import logging
import traceback
from typing import Any

import pytest

from .faulty_master import FaultyMaster, salted_hash

TEST_USER = "determined"
TEST_PASSWORD = "Fault-Inj3ction-Pa55!"  # distinctive, so a leak is unmistakable
LOGGERS = ("", "determined_client", "httpx", "httpcore")
SLACK = 2.0  # generous slack (seconds) on every upper time bound


# -------------------------------------------------------------------- leak guard
class LeakGuard:
    """Knows every secret of the test and checks texts, exceptions and log records."""

    def __init__(self) -> None:
        self.static: set[str] = {TEST_PASSWORD, salted_hash(TEST_PASSWORD)}
        self.masters: list[FaultyMaster] = []
        self.checked_exceptions = 0

    def add(self, secret: str) -> None:
        self.static.add(secret)

    def secrets(self) -> set[str]:
        out = set(self.static)
        for m in self.masters:
            out.update(m.iter_secrets())
        # An empty password has a (secret) hash but is not itself searchable.
        return {s for s in out if s}

    def find(self, text: str) -> list[str]:
        return sorted(s for s in self.secrets() if s in text)

    def check_text(self, text: str, where: str) -> None:
        found = self.find(text)
        assert not found, f"secret leaked in {where}: {[f[:6] + '...' for f in found]}"

    def check_exc(self, exc: BaseException) -> None:
        """str(), repr(), args and the whole cause/context chain of an exception."""
        self.checked_exceptions += 1
        seen: set[int] = set()
        cur: BaseException | None = exc
        while cur is not None and id(cur) not in seen:
            seen.add(id(cur))
            self.check_text(str(cur), f"str({type(cur).__name__})")
            self.check_text(repr(cur), f"repr({type(cur).__name__})")
            self.check_text(repr(cur.args), f"{type(cur).__name__}.args")
            # .body keeps an answer for debugging; .doc is a JSONDecodeError's whole input
            for attr in ("message", "url", "method", "body", "doc"):
                if hasattr(cur, attr):
                    self.check_text(repr(getattr(cur, attr)), f"{type(cur).__name__}.{attr}")
            cur = cur.__cause__ or cur.__context__

    def check_records(self, records: list[logging.LogRecord]) -> None:
        for rec in records:
            try:
                msg = rec.getMessage()
            except Exception:  # a broken format string is not our concern here
                msg = f"{rec.msg!r} % {rec.args!r}"
            self.check_text(msg, f"log record {rec.name}:{rec.levelname}")
            self.check_text(repr(rec.args), f"log record args {rec.name}")
            if rec.exc_info and rec.exc_info[1] is not None:
                self.check_text(
                    "".join(traceback.format_exception(*rec.exc_info)),
                    f"logged exception {rec.name}",
                )


def raises(guard: LeakGuard, exc_type: type[BaseException] | tuple[type[BaseException], ...]):
    """pytest.raises that also checks the exception for leaked secrets afterwards."""
    return _CheckedRaises(guard, exc_type)


class _CheckedRaises:
    def __init__(self, guard: LeakGuard, exc_type: Any) -> None:
        self.guard = guard
        self.ctx = pytest.raises(exc_type)
        self.excinfo: pytest.ExceptionInfo[Any] | None = None

    def __enter__(self) -> pytest.ExceptionInfo[Any]:
        self.excinfo = self.ctx.__enter__()
        return self.excinfo

    def __exit__(self, *exc: Any) -> bool:
        handled = self.ctx.__exit__(*exc)
        if handled and self.excinfo is not None:
            self.guard.check_exc(self.excinfo.value)
        return bool(handled)


def fast_policy(max_retries: int = 2, **kw: Any) -> Any:
    """A RetryPolicy with tiny backoff, so tests about attempt counts run fast."""
    from determined_client import RetryPolicy

    kw.setdefault("backoff_base", 0.01)
    kw.setdefault("backoff_cap", 0.05)
    return RetryPolicy(max_retries=max_retries, **kw)
