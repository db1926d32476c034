"""Run a Prism mock of the pinned Determined contract for tests.

Prism (``@stoplight/prism-cli``) serves every operation of ``openapi.yaml`` from the spec's
own examples and validates each request against the spec (parameters, bodies, security).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Self
from urllib.parse import urlsplit

import httpx

from determined_client._spec import spec_path

__all__ = [
    "MOCK_URL_ENV",
    "PRISM_BIN_ENV",
    "PRISM_VERSION",
    "PrismMock",
    "PrismNotFoundError",
    "PrismStartError",
    "find_prism",
    "group_alive",
]

#: Names a running mock (for example ``http://127.0.0.1:4010`` from ``make mock``) to reuse.
MOCK_URL_ENV = "DETERMINED_MOCK_URL"
#: Names the ``prism`` executable to run.
PRISM_BIN_ENV = "DETERMINED_PRISM_BIN"
#: The Prism release the contract is tested with.
PRISM_VERSION = "5.16.0"

_LOOPBACK = "127.0.0.1"
_INSTALL_HINT = (
    f"The Determined mock needs Prism {PRISM_VERSION} (@stoplight/prism-cli) on Node.js 20+.\n"
    "  1. Install Node.js and npm: `apt-get install nodejs npm` (Debian/Ubuntu), "
    "`brew install node` (macOS), or https://nodejs.org\n"
    "  2. In your project directory: "
    f"`npm install --save-dev @stoplight/prism-cli@{PRISM_VERSION}`\n"
    f"Or set {PRISM_BIN_ENV}=/path/to/prism, or point {MOCK_URL_ENV} at a running mock "
    "(e.g. http://127.0.0.1:4010 from `make mock`)."
)


class PrismNotFoundError(RuntimeError):
    """Node.js or Prism is not installed; the message says how to install them."""


class PrismStartError(RuntimeError):
    """Prism exited or did not answer HTTP in time; the message carries Prism's output."""


def _node_modules_candidates() -> list[Path]:
    here = Path(__file__).resolve()
    # determined_client/testing/_prism.py -> the checkout root for an editable install.
    checkout = here.parents[2] / "node_modules" / ".bin" / "prism"
    cwd = Path.cwd() / "node_modules" / ".bin" / "prism"
    return [checkout, cwd] if checkout != cwd else [checkout]


def find_prism(prism_bin: str | os.PathLike[str] | None = None) -> list[str]:
    """Return the argv prefix that runs Prism.

    Looks at, in order: ``prism_bin``; ``$DETERMINED_PRISM_BIN``; ``node_modules/.bin/prism`` of
    this checkout and of the current directory; ``prism`` on ``PATH``. An explicit choice wins
    over discovery. Raises :class:`PrismNotFoundError` with install instructions.
    """
    explicit = prism_bin if prism_bin is not None else os.environ.get(PRISM_BIN_ENV) or None
    candidates: list[Path]
    if explicit is not None:
        resolved = shutil.which(os.fspath(explicit))
        if resolved is None:
            source = "prism_bin" if prism_bin is not None else f"${PRISM_BIN_ENV}"
            raise PrismNotFoundError(
                f"{source}={explicit!s} is not an executable.\n{_INSTALL_HINT}"
            )
        candidates = [Path(resolved)]
    else:
        candidates = [p for p in _node_modules_candidates() if p.is_file()]
        on_path = shutil.which("prism")
        if on_path is not None:
            candidates.append(Path(on_path))
    if not candidates:
        raise PrismNotFoundError(f"Prism is not installed.\n{_INSTALL_HINT}")
    prism = candidates[0]
    if _needs_node(prism) and shutil.which("node") is None:
        raise PrismNotFoundError(
            f"Node.js (`node`) is not on PATH; {prism} needs it.\n{_INSTALL_HINT}"
        )
    return [str(prism)]


def _needs_node(executable: Path) -> bool:
    """Whether ``executable`` is a ``#!/usr/bin/env node`` script (npm's layout)."""
    try:
        with executable.open("rb") as fh:
            first = fh.readline(200)
    except OSError:
        return False
    return first.startswith(b"#!") and b"node" in first


# The master is Go: net/http accepts 1 MiB of request line + headers, Node only 16 KiB and
# answers 431 (no body, no content type) beyond that; long query strings must reach the mock.
_NODE_HEADER_LIMIT = "--max-http-header-size=1048576"


def _prism_env() -> dict[str, str]:
    env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"}
    node_options = env.get("NODE_OPTIONS", "")
    if "--max-http-header-size" not in node_options:
        env["NODE_OPTIONS"] = f"{node_options} {_NODE_HEADER_LIMIT}".strip()
    return env


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((_LOOPBACK, 0))
        port: int = sock.getsockname()[1]
        return port


def group_alive(pgid: int) -> bool:
    """Whether any non-zombie process is still in process group ``pgid``."""
    proc = Path("/proc")
    if proc.is_dir():
        for entry in proc.iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            # pid (comm) state ppid pgrp ...; comm may contain spaces and parentheses.
            fields = stat[stat.rfind(")") + 2 :].split()
            if len(fields) >= 3 and int(fields[2]) == pgid and fields[0] != "Z":
                return True
        return False
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class PrismMock:
    """A Prism mock server on a free loopback port, as a context manager.

    ``PrismMock()`` serves the ``openapi.yaml`` shipped with this package; ``spec`` serves
    another file. When ``$DETERMINED_MOCK_URL`` is set (and ``reuse`` is true) the running mock
    it names is used instead and never stopped. Prism runs in its own process group, and
    :meth:`stop` ends the whole group (SIGTERM, then SIGKILL).

    >>> with PrismMock() as mock:
    ...     httpx.get(f"{mock.url}/api/v1/master").json()["version"]
    """

    def __init__(
        self,
        spec: str | os.PathLike[str] | None = None,
        *,
        port: int | None = None,
        dynamic: bool = False,
        seed: int | str | None = None,
        extra_args: tuple[str, ...] = (),
        prism_bin: str | os.PathLike[str] | None = None,
        reuse: bool = True,
        startup_timeout: float = 60.0,
        stop_timeout: float = 10.0,
        probe_path: str = "/api/v1/master",
    ) -> None:
        self.spec = Path(spec) if spec is not None else None
        self.port = port
        self.dynamic = dynamic
        self.seed = seed
        self.extra_args = tuple(extra_args)
        self.prism_bin = prism_bin
        self.reuse = reuse
        self.startup_timeout = startup_timeout
        self.stop_timeout = stop_timeout
        self.probe_path = probe_path if probe_path.startswith("/") else f"/{probe_path}"
        self._url: str | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self.reused = False

    # -- public API ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """Base URL of the running mock, e.g. ``http://127.0.0.1:40123`` (no trailing slash)."""
        if self._url is None:
            raise RuntimeError("the mock is not running: call start() or use `with PrismMock()`")
        return self._url

    @property
    def pid(self) -> int | None:
        """PID of the Prism process (also its process-group id), or None if not started here."""
        return self._proc.pid if self._proc is not None else None

    @property
    def running(self) -> bool:
        return self._url is not None

    def output(self) -> str:
        """Everything Prism has written to stdout and stderr so far."""
        if self._log is None:
            return ""
        self._log.flush()
        self._log.seek(0)
        return self._log.read().decode("utf-8", errors="replace")

    def start(self) -> Self:
        """Start Prism (or adopt ``$DETERMINED_MOCK_URL``) and wait until it answers HTTP."""
        if self._url is not None:
            return self
        reuse_url = os.environ.get(MOCK_URL_ENV, "").strip() if self.reuse else ""
        if reuse_url and self.spec is None and not self.dynamic:
            self._adopt(reuse_url.rstrip("/"))
            return self
        argv = find_prism(self.prism_bin)
        spec = self.spec if self.spec is not None else spec_path()
        if not spec.is_file():
            raise FileNotFoundError(f"OpenAPI document not found: {spec}")
        # A port picked here can be taken before Prism binds it: retry on a fresh one.
        attempts = 1 if self.port is not None else 3
        for attempt in range(attempts):
            port = self.port if self.port is not None else _free_port()
            try:
                self._spawn([*argv, "mock", str(spec), "-h", _LOOPBACK, "-p", str(port)], port)
                return self
            except PrismStartError as exc:
                if attempt + 1 < attempts and "EADDRINUSE" in str(exc):
                    continue
                raise
        raise AssertionError("unreachable")  # pragma: no cover

    def stop(self) -> None:
        """Stop Prism and every process in its group. Idempotent; a reused mock is left alone."""
        proc, log = self._proc, self._log
        self._url = None
        self._proc = None
        self._log = None
        with contextlib.suppress(Exception):
            atexit.unregister(self.stop)
        if proc is not None:
            _stop_group(proc, self.stop_timeout)
        if log is not None:
            log.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = self._url or "stopped"
        return f"<PrismMock {state}{' (reused)' if self.reused else ''}>"

    # -- internals ----------------------------------------------------------------------------

    def _adopt(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"${MOCK_URL_ENV}={url!r} is not an http(s) URL")
        try:
            httpx.get(url + self.probe_path, timeout=5.0, trust_env=False)
        except httpx.HTTPError as exc:
            raise PrismStartError(
                f"${MOCK_URL_ENV}={url} names a mock that does not answer HTTP ({exc!r}). "
                f"Start one with `make mock`, or unset {MOCK_URL_ENV} to start one per test run."
            ) from exc
        self._url = url
        self.reused = True

    def _spawn(self, cmd: list[str], port: int) -> None:
        if self.dynamic:
            cmd.append("--dynamic")
            if self.seed is not None:
                cmd += ["--seed", str(self.seed)]
        cmd += list(self.extra_args)
        log = tempfile.TemporaryFile(prefix="prism-")  # noqa: SIM115 - closed in stop()
        try:
            proc = subprocess.Popen(  # noqa: S603 - argv, no shell
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # own process group: stop() kills all of it
                env=_prism_env(),
            )
        except OSError as exc:
            log.close()
            raise PrismNotFoundError(f"cannot run {cmd[0]}: {exc}\n{_INSTALL_HINT}") from exc
        self._proc, self._log = proc, log
        atexit.register(self.stop)
        url = f"http://{_LOOPBACK}:{port}"
        try:
            self._wait_ready(proc, url, cmd)
        except BaseException:
            self.stop()  # also on KeyboardInterrupt: never leave Prism behind
            raise
        self._url = url

    def _wait_ready(self, proc: subprocess.Popen[bytes], url: str, cmd: list[str]) -> None:
        deadline = time.monotonic() + self.startup_timeout
        # trust_env=False: a loopback probe must never go through an HTTP(S)_PROXY.
        with httpx.Client(timeout=2.0, trust_env=False) as client:
            while True:
                try:
                    client.get(url + self.probe_path)
                    if proc.poll() is None:
                        return  # any HTTP answer (from our live Prism) means it is serving
                except httpx.TransportError:
                    pass
                # Poll Prism's exit while waiting for the next probe.
                try:
                    code = proc.wait(timeout=0.05)
                except subprocess.TimeoutExpired:
                    code = None
                if code is not None:
                    raise PrismStartError(
                        f"Prism exited with status {code} before serving ({' '.join(cmd)}); "
                        f"its output:\n{self.output()}"
                    )
                if time.monotonic() > deadline:
                    raise PrismStartError(
                        f"Prism did not answer HTTP on {url} within {self.startup_timeout:.0f}s; "
                        f"its output:\n{self.output()}"
                    )


def _stop_group(proc: subprocess.Popen[bytes], timeout: float) -> None:
    """SIGTERM the process group led by ``proc``, then SIGKILL what is left after ``timeout``."""
    pgid = proc.pid  # start_new_session=True: the leader's pid is the group id
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=timeout)
    while group_alive(pgid) and time.monotonic() < deadline:
        time.sleep(0.02)  # members outliving the leader: poll until they exit
    if proc.poll() is None or group_alive(pgid):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + timeout
        while group_alive(pgid) and time.monotonic() < deadline:
            time.sleep(0.02)
