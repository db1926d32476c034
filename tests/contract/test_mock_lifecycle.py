"""No mock outlives what started it: pytest stopped by SIGTERM (CI timeouts), SIGINT
(Ctrl-C), SIGHUP (a closed terminal) or even SIGKILL, and the `python -m
determined_client.testing` command stopped by a signal.

Each run starts in its own session (setsid), so every process it spawned, Prism's node and
the front included, carries that session id: none may be left once it is gone. Children
start with the default handling of the signals sent to them, whatever the suite inherited
(see ``_children``). Where the mechanism is the point, the mock serves three operations of
the contract (``three_operations.yaml``): Prism starts in a third of the time.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest

from determined_client.testing import PRISM_BIN_ENV

from ._children import (
    PYTEST,
    SERVE_THREE_OPERATIONS,
    THREE_OPERATIONS,
    assert_signal_acts,
    child,
    child_env,
    finish,
    read_line,
    session_members,
    wait_until_gone,
)


def refused(url: str) -> bool:
    try:
        httpx.get(f"{url}/api/v1/master", timeout=2, trust_env=False)
    except httpx.ConnectError:
        return True
    return False


def wait_for_file(path: Path, proc: subprocess.Popen[str], timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            out = proc.communicate(timeout=10)[0] if proc.poll() is not None else ""
            pytest.fail(f"the mock never came up (exit {proc.poll()}):\n{out}")
        time.sleep(0.1)
    return path.read_text()


def serves_three_operations(sid: int) -> bool:
    """A Prism of session ``sid`` serves the trimmed spec (the switch in its conftest held)."""
    return any(
        " mock " in p and "prism" in p and str(THREE_OPERATIONS) in p for p in session_members(sid)
    )


HANGING_TEST = """
import time
from pathlib import Path


def test_hangs_with_the_mock_running(determined_mock):
    assert determined_mock.pid is not None
    Path("url.tmp").write_text(determined_mock.url)
    Path("url.tmp").rename("url")
    time.sleep(300)
"""


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGKILL])
def test_a_signal_to_pytest_leaves_no_mock_behind(tmp_path: Path, sig: signal.Signals) -> None:
    """The plugin's own fixture in a fresh pytest (its mock serving three operations: what is
    proven is what happens to the processes)."""
    (tmp_path / "test_hang.py").write_text(textwrap.dedent(HANGING_TEST))
    (tmp_path / "conftest.py").write_text(SERVE_THREE_OPERATIONS)
    with child([*PYTEST, "test_hang.py"], cwd=tmp_path) as proc:
        url = wait_for_file(tmp_path / "url", proc)
        assert not refused(url)
        assert serves_three_operations(proc.pid), session_members(proc.pid)
        if sig != signal.SIGKILL:
            assert_signal_acts(proc.pid, sig)
        os.kill(proc.pid, sig)
        out = finish(proc, 60, f"pytest, sent {sig.name}")
        # SIGINT is pytest's "interrupted" (2); the others still end it as they would have.
        assert proc.returncode == (2 if sig == signal.SIGINT else -sig), out
        assert wait_until_gone(proc.pid) == [], out
        assert refused(url)


SCRIPT = """
import time
from pathlib import Path
from determined_client.testing import PrismMock

mock = PrismMock({spec!r}, front=False, reuse=False).start()
Path("url").write_text(mock.url)
time.sleep(300)
"""


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_script_using_the_harness_stops_prism_on_sigterm(
    tmp_path: Path, sig: signal.Signals
) -> None:
    """The harness's own handler, without the front's watchdog: Prism alone is stopped before
    the signal ends the script as it would have."""
    (tmp_path / "script.py").write_text(SCRIPT.format(spec=str(THREE_OPERATIONS)))
    with child([sys.executable, "script.py"], cwd=tmp_path) as proc:
        url = wait_for_file(tmp_path / "url", proc)
        assert not refused(url)
        assert serves_three_operations(proc.pid), session_members(proc.pid)
        assert_signal_acts(proc.pid, sig)
        os.kill(proc.pid, sig)
        out = finish(proc, 60, f"the script, sent {sig.name}")
        assert proc.returncode == -sig, out
        assert session_members(proc.pid) == []  # stopped before the script ended, not after
        assert refused(url)


@pytest.mark.parametrize(
    ("sig", "spec"),
    [
        pytest.param(signal.SIGINT, None, id="SIGINT-the-packaged-contract"),
        pytest.param(signal.SIGTERM, THREE_OPERATIONS, id="SIGTERM-three-operations"),
        pytest.param(signal.SIGHUP, THREE_OPERATIONS, id="SIGHUP-three-operations"),
    ],
)
def test_the_mock_command_serves_a_chosen_port_until_a_signal(
    tmp_path: Path, sig: signal.Signals, spec: Path | None
) -> None:
    """By default the packaged contract (Ctrl-C, the way the README stops it); each of the
    other stop signals with ``--spec`` three operations, which start faster."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "determined_client.testing", "--port", str(port)]
    if spec is not None:
        command += ["--spec", str(spec)]
    # cwd not the checkout: Prism is still found (this package's checkout)
    with httpx.Client(trust_env=False) as probe, child(command, cwd=tmp_path) as proc:
        first = read_line(proc, 120)
        served = "the packaged openapi.yaml" if spec is None else str(spec)
        assert first.startswith(f"Determined mock of {served} on ") and url in first, first
        answer = probe.get(f"{url}/api/v1/master")
        assert answer.status_code == 200 and answer.json()["version"]
        login = probe.post(
            f"{url}/api/v1/auth/login",
            content=b'{"username": "determined", "password": "", "isHashed": true}',
        )
        assert login.status_code == 200, login.headers.get("sl-violations")
        time.sleep(0.5)  # the request log is copied to stdout
        assert_signal_acts(proc.pid, sig)
        os.kill(proc.pid, sig)
        rest = finish(proc, 30, f"the mock command, sent {sig.name}")
        assert proc.returncode == 0, rest
        assert "post /api/v1/auth/login" in rest  # Prism's log, as it happened
        assert wait_until_gone(proc.pid) == []
        assert refused(url)


def test_the_mock_command_explains_a_missing_prism(tmp_path: Path) -> None:
    env = {**child_env(), PRISM_BIN_ENV: str(tmp_path / "no-prism")}
    result = subprocess.run(
        [sys.executable, "-m", "determined_client.testing", "--port", "0"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "npm install --save-dev @stoplight/prism-cli@5.16.0" in result.stderr


def test_the_mock_command_refuses_a_bad_port(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "determined_client.testing", "--port", "70000"],
        cwd=tmp_path, env=child_env(), capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2 and "is not a port" in result.stderr


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port
