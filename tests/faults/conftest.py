"""Fixtures and the summary line of the fault-injection suite.

* Every test runs with a clean environment: no DET_* / DETERMINED_* variables, and HOME and
  XDG_CONFIG_HOME under tmp_path, so nothing touches the real home or token cache.
* `master` is a FaultyMaster on 127.0.0.1 that knows TEST_PASSWORD; `other_origin` is a second
  one (another port, no auth) that records what a redirect sends it; `tls_master` serves
  HTTPS with a certificate from a throwaway trustme CA.
* Every test runs with DEBUG logging on the root, determined_client, httpx and httpcore
  loggers; at teardown no log record may contain the password, its hash or any token that
  any master of the test issued. `leaks.check_exc(exc)` does the same for exceptions.
* `@pytest.mark.fault("kind")` tags a test with the fault kind it exercises; the end of the
  run prints one line: which fault kinds were tried and which survived.
"""

from __future__ import annotations

import logging
import os
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme

from ._support import LOGGERS, TEST_PASSWORD, TEST_USER, LeakGuard
from .faulty_master import FaultyMaster


# -------------------------------------------------------------------- environment
@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.startswith(("DET_", "DETERMINED_")):
            monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    for var in ("SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(var, raising=False)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    return home


@pytest.fixture(autouse=True)
def leaks(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> Iterator[LeakGuard]:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name or None)
    guard = LeakGuard()
    # Record every error the layer creates during the test, including ones it catches
    # itself (e.g. a 401 swallowed by logout), so each one's message is checked too.
    from determined_client import DeterminedError

    created: list[BaseException] = []
    original_init = DeterminedError.__init__

    def recording_init(self: BaseException, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        created.append(self)

    monkeypatch.setattr(DeterminedError, "__init__", recording_init)
    yield guard
    records = caplog.get_records("setup") + caplog.get_records("call")
    guard.check_records(records)
    for exc in created:
        guard.check_exc(exc)


# -------------------------------------------------------------------- servers
@pytest.fixture
def master(leaks: LeakGuard) -> Iterator[FaultyMaster]:
    m = FaultyMaster(username=TEST_USER, password=TEST_PASSWORD)
    leaks.masters.append(m)
    with m:
        yield m


@pytest.fixture
def other_origin(leaks: LeakGuard) -> Iterator[FaultyMaster]:
    """A second server on another port: answers everything, records every header."""
    m = FaultyMaster(username=TEST_USER, password=TEST_PASSWORD, require_auth=False)
    leaks.masters.append(m)
    with m:
        yield m


@pytest.fixture(scope="session")
def tls_ca() -> Any:
    return trustme.CA()


@pytest.fixture
def ca_file(tls_ca: Any, tmp_path: Path) -> Path:
    path = tmp_path / "ca.pem"
    tls_ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
def tls_master(tls_ca: Any, leaks: LeakGuard) -> Iterator[FaultyMaster]:
    cert = tls_ca.issue_cert("127.0.0.1", "localhost")
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(ctx)
    m = FaultyMaster(username=TEST_USER, password=TEST_PASSWORD, ssl_context=ctx)
    leaks.masters.append(m)
    with m:
        yield m


# -------------------------------------------------------------------- summary line
_RESULTS = pytest.StashKey[dict[str, dict[str, int]]]()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "fault(kind): the fault kind a fault-injection test exercises"
    )
    config.stash[_RESULTS] = {}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    rep = yield
    kinds = [m.args[0] for m in item.iter_markers("fault") if m.args]
    if kinds:
        results = item.config.stash.setdefault(_RESULTS, {})
        for kind in kinds:
            counts = results.setdefault(kind, {"passed": 0, "failed": 0, "skipped": 0})
            if rep.failed:
                counts["failed"] += 1
            elif rep.skipped:
                counts["skipped"] += 1
            elif rep.when == "call" and rep.passed:
                counts["passed"] += 1
    return rep


def summary_line(results: dict[str, dict[str, int]]) -> str | None:
    if not results:
        return None
    kinds = list(results)
    survived = [
        k
        for k in kinds
        if results[k]["passed"] and not results[k]["failed"] and not results[k]["skipped"]
    ]
    line = f"fault-injection: {len(survived)}/{len(kinds)} fault kinds survived: " + (
        ", ".join(survived) or "none"
    )
    lost = [k for k in kinds if k not in survived]
    if lost:
        line += "; NOT survived: " + ", ".join(lost)
    return line


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    line = summary_line(config.stash.get(_RESULTS, {}))
    if line is not None:
        terminalreporter.write_line(line)
