"""What every measurement shares: the bench server, the clients, paired ratios, the report.

A measurement module (bench/latency.py, ...) has a ``TITLE`` and ``run(ctx) -> Report``;
``python -m bench`` (bench/__main__.py) runs them all or the ones named. The server and the
clients are made on first use and closed at the end, whatever fails.
"""

from __future__ import annotations

import asyncio
import importlib.metadata as md
import json
import os
import platform
import statistics
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
TOKEN_HEADER = {"Authorization": "Bearer v2.public.bench"}
MASTER = "/api/v1/master"
EXPS = "/api/v1/experiments"
#: The answers measured per call: name, page size (None: the master's info, small).
ANSWERS = [
    ("master info (small)", None),
    ("experiments, page of 10", 10),
    ("experiments, page of 100", 100),
    ("experiments, page of 1000", 1000),
]
RAW = "raw httpx + json.loads"
RAW_ASYNC = "raw httpx async + json.loads"


@dataclass(frozen=True)
class Options:
    rounds: int  # interleaved rounds of the latency table
    quick: bool  # a smoke run: few rounds everywhere
    page_size: int  # pagination's page size


@dataclass(frozen=True)
class Goal:
    goal: str
    result: str
    met: bool


@dataclass
class Report:
    """A measurement's Markdown lines and the goals it decides."""

    lines: list[str] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)

    def add(self, line: str = "") -> None:
        self.lines.append(line)

    def table(self, header: list[str], rows: list[list[str]], right_from: int = 1) -> None:
        self.add("| " + " | ".join(header) + " |")
        aligns = ["---" if i < right_from else "--:" for i in range(len(header))]
        self.add("|" + "|".join(aligns) + "|")
        for row in rows:
            self.add("| " + " | ".join(row) + " |")
        self.add()


class Server:
    """bench/server.py in its own process (no GIL shared with the client); stop() ends it."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.server", "0"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().decode()
        if not line.startswith("PORT "):
            self.stop()
            raise RuntimeError(f"bench server did not start: {line!r}")
        self.url = f"http://127.0.0.1:{int(line.split()[1])}"

    def stats(self) -> dict[str, float]:
        stats: dict[str, float] = httpx.get(self.url + "/__bench/stats").json()
        return stats

    def stop(self) -> None:
        if self.proc.poll() is not None:
            return
        try:
            assert self.proc.stdin is not None
            self.proc.stdin.close()  # the server stops when its stdin closes
            self.proc.wait(timeout=5)
        except (subprocess.TimeoutExpired, OSError):
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class Context:
    """Shared by the measurements of one run: options, the server, one event loop."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.loop = asyncio.new_event_loop()
        self._server: Server | None = None
        self._closers: list[Callable[[], Any]] = []

    @property
    def url(self) -> str:
        if self._server is None:
            self._server = Server()
        return self._server.url

    @property
    def server(self) -> Server:
        self.url  # noqa: B018 (starts it)
        assert self._server is not None
        return self._server

    def on_close(self, close: Callable[[], Any]) -> None:
        self._closers.append(close)

    def run(self, coroutine: Any) -> Any:
        return self.loop.run_until_complete(coroutine)

    def close(self) -> None:
        for close in reversed(self._closers):
            try:
                close()
            except Exception as e:
                print(f"bench: closing failed: {e!r}", file=sys.stderr)
        if self._server is not None:
            self._server.stop()
        self.loop.close()

    # -- clients, logged in once, closed at the end -----------------------------------
    def raw(self) -> httpx.Client:
        c = httpx.Client(base_url=self.url, headers=TOKEN_HEADER)
        self.on_close(c.close)
        return c

    def raw_async(self) -> httpx.AsyncClient:
        c = httpx.AsyncClient(base_url=self.url, headers=TOKEN_HEADER)
        self.on_close(lambda: self.run(c.aclose()))
        return c

    def ours(self) -> Any:
        from determined_client import Session

        s = Session(self.url, username="determined", password="", cache=False)
        s.login()
        self.on_close(s.close)
        return s

    def ours_async(self) -> Any:
        from determined_client import AsyncSession

        a = AsyncSession(self.url, username="determined", password="", cache=False)
        self.run(a.login())
        self.on_close(lambda: self.run(a.close()))
        return a

    def official(self) -> Any | None:
        """The official SDK's session (keep-alive, as its own clients use it), or None."""
        if official_missing():
            return None
        from determined.common import api

        sess = api.Session(self.url, "determined", "v2.public.bench", cert=None)
        sess.__enter__()
        self.on_close(sess.close)
        return sess


def official_missing() -> str:
    """Why the official SDK's rows are missing, or "" when it is installed."""
    try:
        md.version("determined")
        from determined.common.api import bindings  # noqa: F401
    except Exception as e:
        return f"official determined SDK not installed here ({e!r})"
    return ""


def decode_page(response: httpx.Response) -> Any:
    """The floor's decode: what a user without a typed client writes."""
    return json.loads(response.content)


def page_params(size: int | None) -> dict[str, int]:
    return {"limit": size, "offset": 0} if size else {}


def paired(xs: list[float], base: list[float]) -> float:
    """Median over rounds of x / base in the same round: cancels a shared machine's drifts."""
    return statistics.median(x / b for x, b in zip(xs, base, strict=True))


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))]


def us(ns: float) -> str:
    return f"{ns / 1000:,.0f} µs" if ns < 10_000_000 else f"{ns / 1e6:,.1f} ms"


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def machine() -> list[str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def v(pkg: str) -> str:
        try:
            return md.version(pkg)
        except md.PackageNotFoundError:
            return "not installed"

    tools = ", ".join(f"{p} {v(p)}" for p in ("click", "rich", "pygments"))
    return [
        f"- nproc: {os.cpu_count()}, CPU: {cpu}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.release()}",
        f"- httpx {v('httpx')}, httpcore {v('httpcore')}, attrs {v('attrs')}, "
        f"msgspec {v('msgspec')}, orjson {v('orjson')} (compared only); "
        f"official: determined {v('determined')}, requests {v('requests')}",
        f"- httpx's CLI dependencies (imported by `import httpx` when present): {tools}",
        f"- interpreter: {sys.executable}",
        f"- load average at start (1/5/15 min): {loadavg()} (other work on the machine is noise)",
    ]
