"""Run a Prism mock of the pinned Determined contract for tests.

Prism (``@stoplight/prism-cli``) serves every operation of ``openapi.yaml`` from the spec's
own examples and validates each request against the spec (parameters, bodies, security).
In front of it, in the same process group, a thin loopback proxy
(:mod:`determined_client.testing._front`) reads request bodies as a real master does, so the
official SDK and ``det`` CLI work unchanged. Stopping the mock ends the whole group; so do
SIGTERM and SIGHUP to this process, and the death of this process (the front watches it).
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import FrameType, TracebackType
from typing import IO, Any, Self
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
    """Node.js, Prism or the front process's Python packages are not installed; the message
    says how to install them."""


class PrismStartError(RuntimeError):
    """Prism exited or did not answer HTTP in time; the message carries Prism's output."""


def _node_modules_candidates(search_paths: Iterable[str | os.PathLike[str]] = ()) -> list[Path]:
    """``node_modules/.bin/prism`` in each search directory and its parents (as npm resolves),
    then the current directory and its parents, then this package's checkout."""
    # determined_client/testing/_prism.py -> the checkout root for an editable install.
    checkout = Path(__file__).resolve().parents[2]
    starts = [Path(p).resolve() for p in search_paths] + [Path.cwd().resolve()]
    directories: list[Path] = []
    for start in starts:
        for directory in (start, *start.parents):
            if directory not in directories:
                directories.append(directory)
    if checkout not in directories:
        directories.append(checkout)
    return [directory / "node_modules" / ".bin" / "prism" for directory in directories]


def find_prism(
    prism_bin: str | os.PathLike[str] | None = None,
    *,
    search_paths: Iterable[str | os.PathLike[str]] = (),
) -> list[str]:
    """Return the argv prefix that runs Prism.

    Looks at, in order: ``prism_bin``; ``$DETERMINED_PRISM_BIN``; ``node_modules/.bin/prism``
    in each of ``search_paths`` (the pytest plugin passes pytest's rootdir) and their
    parents, then in the current directory and its parents, then in this package's checkout;
    ``prism`` on ``PATH``. An explicit choice wins over discovery. Raises
    :class:`PrismNotFoundError` with install instructions.
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
        candidates = [p for p in _node_modules_candidates(search_paths) if p.is_file()]
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


# Prism would die on a header it writes with a character outside Latin-1 (its sl-violations
# header quotes the request); this preload escapes such characters (see the file).
_SAFE_HEADERS = Path(__file__).with_name("safe_headers.cjs")


def _prism_env() -> dict[str, str]:
    env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"}
    options = env.get("NODE_OPTIONS", "")
    if "--max-http-header-size" not in options:
        options = f"{options} {_NODE_HEADER_LIMIT}"
    env["NODE_OPTIONS"] = f"{options} --require={json.dumps(str(_SAFE_HEADERS))}".strip()
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


def _port_taken(message: str) -> bool:
    """Prism (Node) says EADDRINUSE, the front (Python) "address already in use"."""
    return "EADDRINUSE" in message or "address already in use" in message.lower()


def _front_missing() -> list[str]:
    """The front process's Python packages (the ``testing`` extra) that are not installed."""
    needed = {"aiohttp": "aiohttp", "yaml": "PyYAML"}
    return [name for module, name in needed.items() if importlib.util.find_spec(module) is None]


def _front_env() -> dict[str, str]:
    """The environment of the front process: it imports this very package, from wherever
    this process imported it (an installed wheel, an editable checkout, a test's sys.path)."""
    import determined_api
    import determined_client

    roots = [
        str(Path(module.__file__ or "").resolve().parent.parent)
        for module in (determined_client, determined_api)
    ]
    env = {**os.environ}
    path = [*dict.fromkeys(roots), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(path)
    return env


class PrismMock:
    """A Prism mock server on a free loopback port, as a context manager.

    ``PrismMock()`` serves the ``openapi.yaml`` shipped with this package; ``spec`` serves
    another file. When ``$DETERMINED_MOCK_URL`` is set (and ``reuse`` is true) the running mock
    it names is used instead and never stopped.

    With ``front=True`` (the default) requests reach Prism through the front process, which
    reads bodies as a master does (no ``Content-Type`` means JSON; ``"5"`` is a valid int32);
    ``front=False`` exposes Prism itself. Prism and the front share one process group, and
    :meth:`stop` ends the whole group (SIGTERM, then SIGKILL). While a mock runs, SIGTERM and
    SIGHUP to this process stop it before the signal takes its usual course, and the front
    stops the group if this process dies.

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
        search_paths: Sequence[str | os.PathLike[str]] = (),
        front: bool = True,
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
        self.search_paths = tuple(search_paths)
        self.front = front
        self.reuse = reuse
        self.startup_timeout = startup_timeout
        self.stop_timeout = stop_timeout
        self.probe_path = probe_path if probe_path.startswith("/") else f"/{probe_path}"
        self._url: str | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._front: subprocess.Popen[bytes] | None = None
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
        """PID of the Prism process (also the group id), or None if not started here."""
        return self._proc.pid if self._proc is not None else None

    @property
    def pgid(self) -> int | None:
        """Process group of Prism and the front process, or None if not started here."""
        return self.pid

    @property
    def front_pid(self) -> int | None:
        """PID of the front process, or None (no front, or not started here)."""
        return self._front.pid if self._front is not None else None

    @property
    def running(self) -> bool:
        return self._url is not None

    @property
    def output_bytes(self) -> int:
        """How many bytes of output Prism and the front have written so far (for ``since``)."""
        return os.fstat(self._log.fileno()).st_size if self._log is not None else 0

    def output(self, since: int = 0, until: int | None = None) -> str:
        """What Prism (and the front process) wrote to stdout and stderr, bytes ``since`` to
        ``until`` (offsets from ``output_bytes``: what one test caused). Empty for a reused
        mock."""
        if self._log is None:
            return ""
        fd = self._log.fileno()
        end = os.fstat(fd).st_size if until is None else until
        chunks, offset = [], max(since, 0)
        while offset < end:  # pread: the shared file offset the children write at stays put
            chunk = os.pread(fd, min(end - offset, 1 << 20), offset)
            if not chunk:
                break
            chunks.append(chunk)
            offset += len(chunk)
        return b"".join(chunks).decode("utf-8", errors="replace")

    def exited(self) -> bool:
        """Whether Prism or the front process, started here, has exited (so nothing serves)."""
        return any(p is not None and p.poll() is not None for p in (self._proc, self._front))

    def start(self) -> Self:
        """Start Prism (or adopt ``$DETERMINED_MOCK_URL``) and wait until it answers HTTP."""
        if self._url is not None:
            return self
        reuse_url = os.environ.get(MOCK_URL_ENV, "").strip() if self.reuse else ""
        if reuse_url and self.spec is None and not self.dynamic:
            self._adopt(reuse_url.rstrip("/"))
            return self
        argv = find_prism(self.prism_bin, search_paths=self.search_paths)
        if self.front and (missing := _front_missing()):
            raise PrismNotFoundError(
                f"The mock's front process needs {' and '.join(missing)}, which "
                f"{sys.executable} cannot import: pip install 'determined-client[testing]' "
                "(or PrismMock(front=False) for Prism alone)."
            )
        spec = self.spec if self.spec is not None else spec_path()
        if not spec.is_file():
            raise FileNotFoundError(f"OpenAPI document not found: {spec}")
        # A port picked here can be taken before Prism binds it: retry on a fresh one.
        attempts = 1 if self.port is not None else 3
        for attempt in range(attempts):
            port = self.port if self.port is not None else _free_port()
            try:
                self._spawn(argv, spec, port)
                return self
            except PrismStartError as exc:
                if attempt + 1 < attempts and _port_taken(str(exc)):
                    continue
                raise
        raise AssertionError("unreachable")  # pragma: no cover

    def stop(self) -> None:
        """Stop Prism and every process in its group. Idempotent; a reused mock is left alone."""
        proc, front, log = self._proc, self._front, self._log
        self._url = None
        self._proc = None
        self._front = None
        self._log = None
        _LIVE.discard(self)
        with contextlib.suppress(Exception):
            atexit.unregister(self.stop)
        if proc is not None:
            _stop_group(proc, [p for p in (front,) if p is not None], self.stop_timeout)
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

    def _prism_command(self, argv: list[str], spec: Path, port: int) -> list[str]:
        cmd = [*argv, "mock", str(spec), "-h", _LOOPBACK, "-p", str(port)]
        if self.dynamic:
            cmd.append("--dynamic")
            if self.seed is not None:
                cmd += ["--seed", str(self.seed)]
        return cmd + list(self.extra_args)

    def _spawn(self, argv: list[str], spec: Path, port: int) -> None:
        prism_port = _free_port() if self.front else port
        cmd = self._prism_command(argv, spec, prism_port)
        log = tempfile.TemporaryFile(prefix="prism-")  # noqa: SIM115 - closed in stop()
        # Prism and the front share this file (and its offset): O_APPEND keeps every write
        # at the end, whatever else happens to the offset.
        fcntl.fcntl(
            log.fileno(), fcntl.F_SETFL, fcntl.fcntl(log.fileno(), fcntl.F_GETFL) | os.O_APPEND
        )
        try:
            proc = subprocess.Popen(  # noqa: S603 - argv, no shell
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                process_group=0,  # its own group (Prism's pid): stop() ends all of it
                env=_prism_env(),
            )
        except OSError as exc:
            log.close()
            raise PrismNotFoundError(f"cannot run {cmd[0]}: {exc}\n{_INSTALL_HINT}") from exc
        self._proc, self._log = proc, log
        _register(self)
        url = prism_url = f"http://{_LOOPBACK}:{prism_port}"
        try:
            if self.front:
                url = f"http://{_LOOPBACK}:{port}"
                front_cmd = [
                    sys.executable, "-m", "determined_client.testing._front",
                    "--spec", str(spec), "--upstream", prism_url,
                    "--port", str(port), "--prism-pid", str(proc.pid),
                ]  # fmt: skip
                self._front = subprocess.Popen(  # noqa: S603 - argv, no shell
                    front_cmd,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    process_group=proc.pid,  # Prism's group: one killpg stops both
                    env=_front_env(),
                )
            self._wait_ready(proc, prism_url, cmd, "Prism")
            if self._front is not None:
                self._wait_ready(self._front, url, front_cmd, "The mock's front process")
        except BaseException:
            self.stop()  # also on KeyboardInterrupt: never leave Prism behind
            raise
        self._url = url

    def _wait_ready(
        self, proc: subprocess.Popen[bytes], url: str, cmd: list[str], what: str
    ) -> None:
        deadline = time.monotonic() + self.startup_timeout
        # trust_env=False: a loopback probe must never go through an HTTP(S)_PROXY.
        with httpx.Client(timeout=2.0, trust_env=False) as client:
            while True:
                try:
                    client.get(url + self.probe_path)
                    if proc.poll() is None:
                        return  # any HTTP answer (from our live process) means it is serving
                except httpx.TransportError:
                    pass
                # Poll the process's exit while waiting for the next probe.
                try:
                    code = proc.wait(timeout=0.05)
                except subprocess.TimeoutExpired:
                    code = None
                if code is not None:
                    raise PrismStartError(
                        f"{what} exited with status {code} before serving ({' '.join(cmd)}); "
                        f"its output:\n{self.output()}"
                    )
                if time.monotonic() > deadline:
                    raise PrismStartError(
                        f"{what} did not answer HTTP on {url} within "
                        f"{self.startup_timeout:.0f}s; its output:\n{self.output()}"
                    )


def _stop_group(
    proc: subprocess.Popen[bytes], others: list[subprocess.Popen[bytes]], timeout: float
) -> None:
    """SIGTERM the process group led by ``proc``, then SIGKILL what is left after ``timeout``;
    reap ``proc`` and ``others`` (our children in that group) so no zombie keeps it alive."""
    pgid = proc.pid  # process_group=0: the leader's pid is the group id
    children = [proc, *others]
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for child in children:
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=max(deadline - time.monotonic(), 0.01))
    while group_alive(pgid) and time.monotonic() < deadline:
        time.sleep(0.02)  # members outliving the leader: poll until they exit
    if any(child.poll() is None for child in children) or group_alive(pgid):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)
        for child in children:
            if child.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    child.kill()  # a child that left the group
            child.wait()
        deadline = time.monotonic() + timeout
        while group_alive(pgid) and time.monotonic() < deadline:
            time.sleep(0.02)


# -- SIGTERM / SIGHUP: stop every running mock, then let the signal do what it did before ------

_LIVE: set[PrismMock] = set()
_STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)
_PREVIOUS: dict[int, Any] = {}


def _register(mock: PrismMock) -> None:
    _LIVE.add(mock)
    atexit.register(mock.stop)
    _install_signal_handlers()


def _install_signal_handlers() -> None:
    """CI ends a job with SIGTERM, a closed terminal sends SIGHUP: neither runs atexit or
    fixture teardown by default, so Prism would outlive pytest. Installed once, from the main
    thread only; a signal that is ignored (nohup) stays ignored."""
    if threading.current_thread() is not threading.main_thread():
        return
    for sig in _STOP_SIGNALS:
        current = signal.getsignal(sig)
        if current is _on_stop_signal or current in (signal.SIG_IGN, None):
            continue
        _PREVIOUS[sig] = current
        signal.signal(sig, _on_stop_signal)


def _on_stop_signal(signum: int, frame: FrameType | None) -> None:
    for mock in list(_LIVE):
        with contextlib.suppress(Exception):
            mock.stop()
    previous = _PREVIOUS.pop(signum, signal.SIG_DFL)
    signal.signal(signum, previous)
    if callable(previous):
        previous(signum, frame)
    else:  # the default action: die of this very signal, as without us
        os.kill(os.getpid(), signum)
