"""No mock outlives what started it: pytest stopped by SIGTERM (CI timeouts), SIGINT
(Ctrl-C), SIGHUP (a closed terminal) or even SIGKILL, and the `python -m
determined_client.testing` command stopped by a signal.

Each run starts in its own session (setsid), so every process it spawned, Prism's node and
the front included, carries that session id: none may be left once it is gone.
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

from determined_client.testing import MOCK_URL_ENV, PRISM_BIN_ENV

ROOT = Path(__file__).resolve().parents[2]


def session_members(sid: int) -> list[str]:
    """Live (non-zombie) processes of session ``sid``, as ``pid cmdline``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        if int(fields[3]) == sid and fields[0] != "Z":
            found.append(f"{entry.name} {cmdline}")
    return found


def wait_until_gone(sid: int, timeout: float = 20) -> list[str]:
    deadline = time.monotonic() + timeout
    while (left := session_members(sid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


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


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in (MOCK_URL_ENV, PRISM_BIN_ENV)}
    env.pop("PYTEST_ADDOPTS", None)
    return env


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
    (tmp_path / "test_hang.py").write_text(textwrap.dedent(HANGING_TEST))
    proc = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_hang.py"],
        cwd=tmp_path,
        env=clean_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        url = wait_for_file(tmp_path / "url", proc)
        assert not refused(url)
        assert any(" mock " in p and "prism" in p for p in session_members(proc.pid))
        os.kill(proc.pid, sig)
        out = proc.communicate(timeout=60)[0]
        # SIGINT is pytest's "interrupted" (2); the others still end it as they would have.
        assert proc.returncode == (2 if sig == signal.SIGINT else -sig), out
        assert wait_until_gone(proc.pid) == [], out
        assert refused(url)
    finally:
        _kill_session(proc)


SCRIPT = """
import sys, time
from pathlib import Path
from determined_client.testing import PrismMock

mock = PrismMock(front={front}, reuse=False).start()
Path("url").write_text(mock.url)
time.sleep(300)
"""


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_script_using_the_harness_stops_prism_on_sigterm(
    tmp_path: Path, sig: signal.Signals
) -> None:
    """The harness's own handler, without the front's watchdog: Prism alone is stopped before
    the signal ends the script as it would have."""
    (tmp_path / "script.py").write_text(SCRIPT.format(front=False))
    proc = subprocess.Popen(
        [sys.executable, "script.py"],
        cwd=tmp_path, env=clean_env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )  # fmt: skip
    try:
        url = wait_for_file(tmp_path / "url", proc)
        assert not refused(url)
        os.kill(proc.pid, sig)
        out = proc.communicate(timeout=60)[0]
        assert proc.returncode == -sig, out
        assert session_members(proc.pid) == []  # stopped before the script ended, not after
        assert refused(url)
    finally:
        _kill_session(proc)


def _kill_session(proc: subprocess.Popen[str]) -> None:
    """Never leave anything behind, even when the test fails."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    for line in session_members(proc.pid):
        os.kill(int(line.split()[0]), signal.SIGKILL)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_the_mock_command_serves_a_chosen_port_until_a_signal(
    tmp_path: Path, sig: signal.Signals
) -> None:
    with httpx.Client(trust_env=False) as probe:
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen(
            [sys.executable, "-m", "determined_client.testing", "--port", str(port)],
            cwd=tmp_path,  # not the checkout: Prism is still found (this package's checkout)
            env=clean_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        try:
            assert proc.stdout is not None
            first = proc.stdout.readline()
            assert (
                first.startswith("Determined mock of the packaged openapi.yaml on ")
                and url in first
            )
            answer = probe.get(f"{url}/api/v1/master")
            assert answer.status_code == 200 and answer.json()["version"]
            login = probe.post(
                f"{url}/api/v1/auth/login",
                content=b'{"username": "determined", "password": "", "isHashed": true}',
            )
            assert login.status_code == 200, login.headers.get("sl-violations")
            time.sleep(0.5)  # the request log is copied to stdout
            os.kill(proc.pid, sig)
            rest = proc.communicate(timeout=30)[0]
            assert proc.returncode == 0, rest
            assert "post /api/v1/auth/login" in rest  # Prism's log, as it happened
            assert wait_until_gone(proc.pid) == []
            assert refused(url)
        finally:
            _kill_session(proc)


def test_the_mock_command_explains_a_missing_prism(tmp_path: Path) -> None:
    env = {**clean_env(), PRISM_BIN_ENV: str(tmp_path / "no-prism")}
    result = subprocess.run(
        [sys.executable, "-m", "determined_client.testing", "--port", "0"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "npm install --save-dev @stoplight/prism-cli@5.16.0" in result.stderr


def test_the_mock_command_refuses_a_bad_port(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "determined_client.testing", "--port", "70000"],
        cwd=tmp_path, env=clean_env(), capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2 and "is not a port" in result.stderr


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port
