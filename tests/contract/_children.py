"""Child processes for the tests of the mock's lifecycle: started so that a signal does what it
does in a terminal, stopped (their whole session) even when a test fails, and diagnosable when
one hangs.

- **Default signal dispositions.** A command started in the background by a non-interactive
  shell (``scripts/test &`` in a script) begins with SIGINT and SIGQUIT ignored, ``nohup``
  ignores SIGHUP, and an ignored signal stays ignored across ``exec``: Python then never
  installs its SIGINT handler, and a pytest child sent SIGINT sleeps on. Every child starts
  through a shim that resets SIGINT, SIGTERM and SIGHUP to their defaults and execs the
  command (same pid).
- **Output kept.** Children write unbuffered, with faulthandler on. One still running when it
  should have ended, or when the test fails, first gets SIGABRT (faulthandler prints every
  thread's Python stack), then its session is SIGKILLed; its output, stacks and signal state
  go into the failure message or the test's captured stdout.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from determined_client.testing import MOCK_URL_ENV, PRISM_BIN_ENV

#: Three operations of the contract (getClusterInfo, login, getExperiments), for tests of the
#: mock's machinery: Prism and the front start on it in about a third of the contract's time.
THREE_OPERATIONS = Path(__file__).with_name("three_operations.yaml")

#: A pytest child with the plugins a downstream project has: determined-client's (loaded from
#: its entry point), pytest-asyncio, anyio, ... but not schemathesis and hypothesis, this
#: repository's dev tools (not in the `testing` extra), which cost ~2 s of CPU per start.
PYTEST = (
    sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
    "-p", "no:schemathesis", "-p", "no:hypothesispytest",
)  # fmt: skip

#: conftest.py for a pytest child whose plugin mock (the real ``determined_mock`` fixture,
#: PrismMock and all) serves THREE_OPERATIONS instead of the packaged contract. Tests using it
#: check that Prism's command line names that file, so the switch cannot silently stop working.
SERVE_THREE_OPERATIONS = f"""\
from pathlib import Path

import determined_client.testing._prism

determined_client.testing._prism.spec_path = lambda: Path({str(THREE_OPERATIONS)!r})
"""

_DEFAULT_SIGNALS = """\
import os, resource, signal, sys
for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
    signal.signal(sig, signal.SIG_DFL)
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM, signal.SIGHUP})
resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))
os.execv(sys.argv[1], sys.argv[1:])
"""


def child_env(**extra: str) -> dict[str, str]:
    """This environment without a mock to reuse, a Prism to use or pytest options of ours."""
    drop = (MOCK_URL_ENV, PRISM_BIN_ENV, "PYTEST_ADDOPTS")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    return env | {"PYTHONUNBUFFERED": "1", "PYTHONFAULTHANDLER": "1"} | extra


@contextlib.contextmanager
def child(
    argv: Sequence[str | os.PathLike[str]], *, cwd: Path, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[str]]:
    """Start ``argv`` in a session of its own (stdout and stderr in one pipe, no stdin); when
    the block ends, nothing of that session is left running. A child still running then has
    its stacks and output printed (pytest shows them when the test fails)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _DEFAULT_SIGNALS, *map(os.fspath, argv)],
        cwd=cwd,
        env=child_env() if env is None else env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            print(f"{' '.join(map(str, argv))} was still running:\n{_abort(proc)}")
        kill_session(proc)
        if proc.stdout is not None:
            proc.stdout.close()


def finish(proc: subprocess.Popen[str], timeout: float, what: str = "the child") -> str:
    """Its whole output once it exits; if it does not within ``timeout`` seconds, fail with its
    signal state, output and every thread's stack."""
    try:
        return proc.communicate(timeout=timeout)[0]
    except subprocess.TimeoutExpired:
        pass  # fail outside the handler: the report is ours, not subprocess's traceback
    pytest.fail(f"{what} did not exit within {timeout:.0f} s:\n{_abort(proc)}")


def read_line(proc: subprocess.Popen[str], timeout: float) -> str:
    """The child's next line of output, waiting at most ``timeout`` seconds for it to start."""
    assert proc.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            pytest.fail(f"no output within {timeout:.0f} s:\n{_abort(proc)}")
    return proc.stdout.readline()


def assert_signal_acts(pid: int, sig: signal.Signals) -> None:
    """``sig`` is neither ignored nor blocked in ``pid``: sending it can have an effect."""
    state = signal_state(pid)
    assert sig.name not in state["ignored"] + state["blocked"], (
        f"{sig.name} cannot reach pid {pid}: {state}"
    )


def signal_state(pid: int) -> dict[str, str]:
    """``pid``'s run state and signal sets (pending, blocked, ignored, caught), by name."""
    fields = {"State": "state", "SigPnd": "pending", "ShdPnd": "pending (process)",
              "SigBlk": "blocked", "SigIgn": "ignored", "SigCgt": "caught"}  # fmt: skip
    state: dict[str, str] = {}
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
        state["wchan"] = Path(f"/proc/{pid}/wchan").read_text()
    except OSError as exc:
        return {"error": repr(exc)}
    for line in lines:
        key, _, value = line.partition(":\t")
        if key == "State":
            state["state"] = value
        elif key in fields:
            mask = int(value, 16)
            names = [_signal_name(n) for n in range(1, 65) if mask & (1 << (n - 1))]
            state[fields[key]] = ", ".join(names) or "-"
    return state


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"SIG{number}"


def _abort(proc: subprocess.Popen[str]) -> str:
    """Its signal state, then SIGABRT (faulthandler dumps every thread's Python stack) and, if
    it is still there after 10 s, SIGKILL for its session; returns all that and its output."""
    report = f"signal state of pid {proc.pid}: {signal_state(proc.pid)}\n"
    with contextlib.suppress(ProcessLookupError):
        os.kill(proc.pid, signal.SIGABRT)
    try:
        out = proc.communicate(timeout=10)[0]
    except subprocess.TimeoutExpired:
        kill_session(proc)
        out = proc.communicate(timeout=10)[0]
    except ValueError:  # its output was read and closed already
        out = ""
    return f"{report}exit status {proc.returncode}; output:\n{out}"


def live_processes() -> list[tuple[int, int, int, str]]:
    """Every live (non-zombie) process as ``(pid, process group, session, cmdline)``, from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        # pid (comm) state ppid pgrp session ...; comm may contain spaces and parentheses.
        fields = stat[stat.rfind(")") + 2 :].split()
        if fields[0] != "Z":
            found.append((int(entry.name), int(fields[2]), int(fields[3]), cmdline))
    return found


def session_members(sid: int) -> list[str]:
    """Live (non-zombie) processes of session ``sid``, as ``pid cmdline``."""
    return [f"{pid} {cmd}" for pid, _, session, cmd in live_processes() if session == sid]


def wait_until_gone(sid: int, timeout: float = 20) -> list[str]:
    """Session ``sid``'s members still alive after up to ``timeout`` seconds (none: all gone)."""
    deadline = time.monotonic() + timeout
    while (left := session_members(sid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def kill_session(proc: subprocess.Popen[str]) -> None:
    """SIGKILL every process of the session ``proc`` leads (its process group first, while it
    is not reaped: until then its pid, the group's id, cannot name anything else)."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    for line in session_members(proc.pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(int(line.split()[0]), signal.SIGKILL)
