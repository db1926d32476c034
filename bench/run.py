"""`make bench`: what our client costs per call, per item and at import, in one run.

Measures, against a local master-like server (bench/server.py, its own process):
  1. latency per call, round-robin interleaved: raw httpx + json.loads (the floor), our
     client through the session layer (sync and async), the generated functions without the
     layer, and the official `determined` SDK's bindings when installed;
  2. parse-only cost of one page of 1000 experiments;
  3. import time in fresh interpreters;
  4. pagination throughput over 10,000 experiments.
Prints Markdown tables (also written to .bench/last-run.md). Goals are reported, never
asserted. Ratios are taken within this one run, so a noisy machine moves both sides.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib.metadata as md
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
TOKEN_HEADER = {"Authorization": "Bearer " + "v2.public.bench"}
MASTER = "/api/v1/master"
EXPS = "/api/v1/experiments"

# Latency scenarios: name, page size (None = the master answer), calls per batch.
SCENARIOS = [
    ("master info (small)", None, 50),
    ("experiments, page of 10", 10, 30),
    ("experiments, page of 100", 100, 8),
    ("experiments, page of 1000", 1000, 1),
]


# --------------------------------------------------------------------------- server


class Server:
    """bench/server.py in its own process; stopped (the whole process) by stop()."""

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
        self.port = int(line.split()[1])
        self.url = f"http://127.0.0.1:{self.port}"

    def stats(self) -> dict[str, float]:
        return httpx.get(self.url + "/__bench/stats").json()

    def stop(self) -> None:
        if self.proc.poll() is None:
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


# --------------------------------------------------------------------------- clients


class Contender:
    """One way of making the calls: sync callables, or async ones run on `loop`."""

    def __init__(self, name: str, calls: dict[str, Callable[[], Any]], is_async: bool = False):
        self.name = name
        self.calls = calls
        self.is_async = is_async


def _page_params(n: int | None) -> dict[str, int]:
    return {"limit": n, "offset": 0} if n else {}


def make_raw_sync(url: str) -> tuple[Contender, Callable[[], None]]:
    c = httpx.Client(base_url=url, headers=TOKEN_HEADER)

    def call(n: int | None) -> Callable[[], Any]:
        path = EXPS if n else MASTER
        params = _page_params(n)
        return lambda: json.loads(c.get(path, params=params).content)

    return Contender("raw httpx + json.loads", {s: call(n) for s, n, _ in SCENARIOS}), c.close


def make_raw_async(url: str, loop: asyncio.AbstractEventLoop) -> tuple[Contender, Callable]:
    c = httpx.AsyncClient(base_url=url, headers=TOKEN_HEADER)

    def call(n: int | None) -> Callable[[], Any]:
        path = EXPS if n else MASTER
        params = _page_params(n)

        async def f() -> Any:
            return json.loads((await c.get(path, params=params)).content)

        return f

    calls = {s: call(n) for s, n, _ in SCENARIOS}
    return Contender("raw httpx async + json.loads", calls, True), lambda: loop.run_until_complete(
        c.aclose()
    )


def make_ours(url: str, loop: asyncio.AbstractEventLoop) -> tuple[list[Contender], list, str]:
    """Our client through the session layer (sync + async) and the bare generated calls."""
    try:
        from determined_api.api.cluster import get_cluster_info
        from determined_api.api.experiments import get_experiments
        from determined_client import AsyncSession, Session
    except ImportError as e:
        return [], [], f"our session layer is not importable yet ({e}); skipped"
    kw = {"master": url, "username": "determined", "password": "", "cache": False}
    s = Session(**kw)
    s.login()
    a = AsyncSession(**kw)
    loop.run_until_complete(a.__aenter__())
    loop.run_until_complete(a.login())

    def op(n: int | None) -> tuple[Any, dict[str, int]]:
        return (get_experiments, _page_params(n)) if n else (get_cluster_info, {})

    def sync_call(n: int | None) -> Callable[[], Any]:
        fn, params = op(n)
        return lambda: s.call(fn, **params)

    def async_call(n: int | None) -> Callable[[], Any]:
        fn, params = op(n)
        return lambda: a.call(fn, **params)

    def gen_call(n: int | None) -> Callable[[], Any]:
        fn, params = op(n)
        client = s.client
        return lambda: fn.sync(client=client, **params)

    contenders = [
        Contender("ours: Session.call", {sc: sync_call(n) for sc, n, _ in SCENARIOS}),
        Contender("ours: AsyncSession.call", {sc: async_call(n) for sc, n, _ in SCENARIOS}, True),
        Contender("generated .sync on s.client", {sc: gen_call(n) for sc, n, _ in SCENARIOS}),
    ]
    closers = [s.close, lambda: loop.run_until_complete(a.__aexit__(None, None, None))]
    return contenders, closers, ""


def official_available() -> str:
    try:
        md.version("determined")
        from determined.common.api import bindings  # noqa: F401
    except Exception as e:
        return f"official determined SDK not installed in this environment ({e!r})"
    return ""


def make_official(url: str) -> tuple[Contender, Callable[[], None]]:
    from determined.common import api
    from determined.common.api import bindings

    sess = api.Session(url, "determined", "v2.public.bench", cert=None)
    sess.__enter__()  # persistent keep-alive connection, as the SDK's own clients do

    def call(n: int | None) -> Callable[[], Any]:
        if n:
            return lambda: bindings.get_GetExperiments(sess, limit=n, offset=0)
        return lambda: bindings.get_GetMaster(sess)

    calls = {s: call(n) for s, n, _ in SCENARIOS}
    return Contender("official SDK bindings", calls), sess.close


# --------------------------------------------------------------------------- timing


def run_batch(c: Contender, fn: Callable[[], Any], n: int, loop: asyncio.AbstractEventLoop) -> list:
    pc = time.perf_counter_ns
    out: list[int] = []
    if c.is_async:

        async def batch() -> None:
            for _ in range(n):
                t0 = pc()
                await fn()
                out.append(pc() - t0)

        loop.run_until_complete(batch())
    else:
        for _ in range(n):
            t0 = pc()
            fn()
            out.append(pc() - t0)
    return out


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))]


def latency(
    contenders: list[Contender], rounds: int, loop: asyncio.AbstractEventLoop
) -> tuple[dict, dict]:
    """All samples, and each round's batch median, per (scenario, contender)."""
    samples: dict[tuple[str, str], list[int]] = {}
    per_round: dict[tuple[str, str], list[float]] = {}
    # Warm up every path (connections, first-call caches, imports).
    for c in contenders:
        for sc, _, _ in SCENARIOS:
            run_batch(c, c.calls[sc], 3, loop)
    for r in range(rounds):
        for sc, _, per_batch in SCENARIOS:
            k = r % len(contenders)
            order = contenders[k:] + contenders[:k]  # rotate who goes first
            for c in order:
                gc.collect()
                xs = run_batch(c, c.calls[sc], per_batch, loop)
                samples.setdefault((sc, c.name), []).extend(xs)
                per_round.setdefault((sc, c.name), []).append(statistics.median(xs))
    return samples, per_round


def paired(xs: list[float], base: list[float]) -> float:
    """Median over rounds of x / base within the same round (cancels slow drifts)."""
    return statistics.median(x / b for x, b in zip(xs, base, strict=True))


def server_cost(server: Server, url: str) -> list[tuple[str, float, float]]:
    """Server CPU per request next to the raw client's wall time per request."""
    rows = []
    with httpx.Client(base_url=url, headers=TOKEN_HEADER) as c:
        for sc, n, per_batch in SCENARIOS:
            path, params = (EXPS, _page_params(n)) if n else (MASTER, {})
            reps = max(20, per_batch * 10)
            c.get(path, params=params)
            before = server.stats()
            t0 = time.perf_counter()
            for _ in range(reps):
                json.loads(c.get(path, params=params).content)
            wall = (time.perf_counter() - t0) / reps
            after = server.stats()
            served = after["requests"] - before["requests"] - 1  # the stats call itself
            cpu = (after["cpu_s"] - before["cpu_s"]) / max(served, 1)
            rows.append((sc, cpu, wall))
    return rows


# --------------------------------------------------------------------------- CPU, no network


def cpu_no_network(rounds: int, loop: asyncio.AbstractEventLoop) -> tuple[list, str]:
    """Client CPU per call with the network taken out (httpx.MockTransport serving the same
    pre-serialised bodies): the wall-clock tables include the loopback round trip and the
    machine's noise, this one is what the client itself burns, raw httpx against ours."""
    from bench.payloads import Corpus

    try:
        from determined_api.api.cluster import get_cluster_info
        from determined_api.api.experiments import get_experiments
        from determined_client import AsyncSession, Session
    except ImportError as e:
        return [], f"our session layer is not importable ({e})"
    corpus = Corpus(100)
    bodies = {MASTER: corpus.master, EXPS: corpus.page(100, 0), "/api/v1/auth/login": corpus.login}

    def handler(req: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=bodies[req.url.path], headers={"Content-Type": "json"})

    t = httpx.MockTransport(handler)
    raw = httpx.Client(base_url="http://bench", transport=t, headers=TOKEN_HEADER)
    araw = httpx.AsyncClient(base_url="http://bench", transport=t, headers=TOKEN_HEADER)
    kw = {"master": "http://bench", "username": "determined", "password": "", "cache": False}
    s = Session(**kw, transport=t)
    s.login()
    a = AsyncSession(**kw, async_transport=t)
    loop.run_until_complete(a.login())
    p100 = {"limit": 100, "offset": 0}

    async def araw_get(path: str, params: dict) -> Any:
        return json.loads((await araw.get(path, params=params)).content)

    cases: list[tuple[str, str, Callable[[], Any], bool]] = [
        ("master info (small)", "raw httpx", lambda: json.loads(raw.get(MASTER).content), False),
        ("master info (small)", "ours: Session.call", lambda: s.call(get_cluster_info), False),
        ("master info (small)", "raw httpx async", lambda: araw_get(MASTER, {}), True),
        ("master info (small)", "ours: AsyncSession.call", lambda: a.call(get_cluster_info), True),
        (
            "experiments, page of 100",
            "raw httpx",
            lambda: json.loads(raw.get(EXPS, params=p100).content),
            False,
        ),
        (
            "experiments, page of 100",
            "ours: Session.call",
            lambda: s.call(get_experiments, **p100),
            False,
        ),
        ("experiments, page of 100", "raw httpx async", lambda: araw_get(EXPS, p100), True),
        (
            "experiments, page of 100",
            "ours: AsyncSession.call",
            lambda: a.call(get_experiments, **p100),
            True,
        ),
    ]
    res: dict[tuple[str, str], list[float]] = {(sc, n): [] for sc, n, _, _ in cases}
    for r in range(rounds):
        for sc, name, f, is_async in cases:
            n = 100 if sc.startswith("master") else 10
            t0 = time.process_time()
            if is_async:

                async def batch(f: Callable[[], Any] = f, n: int = n) -> None:
                    for _ in range(n):
                        await f()

                loop.run_until_complete(batch())
            else:
                for _ in range(n):
                    f()
            if r:  # round 0 is the warm-up
                res[(sc, name)].append((time.process_time() - t0) / n)
    raw.close()
    s.close()
    loop.run_until_complete(araw.aclose())
    loop.run_until_complete(a.__aexit__(None, None, None))
    rows = []
    for sc, name, _, is_async in cases:
        base = res[(sc, "raw httpx async" if is_async else "raw httpx")]
        xs = res[(sc, name)]
        rows.append((sc, name, statistics.median(xs), statistics.median(base), paired(xs, base)))
    return rows, ""


# --------------------------------------------------------------------------- parse-only


def parse_only(repeats: int) -> tuple[list[tuple[str, float]], str]:
    from bench.payloads import Corpus

    body = Corpus(1000).page(1000, 0)
    d = json.loads(body)
    fns: list[tuple[str, Callable[[], Any]]] = [("json.loads alone", lambda: json.loads(body))]
    note = ""
    try:
        from determined_api.models.get_experiments_response import GetExperimentsResponse

        fd = GetExperimentsResponse.from_dict
        fns += [
            ("ours: from_dict (on a loaded dict)", lambda: fd(d)),
            ("ours: json.loads + from_dict", lambda: fd(json.loads(body))),
        ]
    except ImportError as e:
        note += f"our models not importable ({e}). "
    if not official_available():
        from determined.common.api import bindings

        fj = bindings.v1GetExperimentsResponse.from_json
        fns += [
            ("official: from_json (on a loaded dict)", lambda: fj(d)),
            ("official: json.loads + from_json", lambda: fj(json.loads(body))),
        ]
    else:
        note += "official SDK not installed: its rows are missing."
    times: dict[str, list[float]] = {name: [] for name, _ in fns}
    for _, f in fns:
        f()
    for r in range(repeats):
        k = r % len(fns)
        for name, f in fns[k:] + fns[:k]:
            gc.collect()
            t0 = time.perf_counter()
            f()
            times[name].append(time.perf_counter() - t0)
    return [(name, statistics.median(times[name])) for name, _ in fns], note


# --------------------------------------------------------------------------- import time

IMPORTS = [
    ("httpx (reference)", "import httpx"),
    ("ours: determined_client", "import determined_client"),
    (
        "ours: determined_client + determined_api (+ ops used)",
        "import determined_client, determined_api; "
        "from determined_api.api.experiments import get_experiments; "
        "from determined_api.api.cluster import get_cluster_info",
    ),
    ("official: determined.common.api.bindings", "from determined.common.api import bindings"),
]


def _import_once(py: str, stmt: str) -> float | None:
    code = f"import time; t=time.perf_counter(); {stmt}; print(time.perf_counter()-t)"
    p = subprocess.run([py, "-c", code], capture_output=True, text=True, cwd="/")
    if p.returncode != 0:
        return None
    return float(p.stdout.strip().splitlines()[-1])


def _importtime_top(py: str, stmt: str, skip: frozenset[str] = frozenset()) -> list:
    """-X importtime: cumulative µs of each top-level module the statement imported
    (modules in `skip`, the interpreter's own start-up imports, are left out)."""
    p = subprocess.run([py, "-X", "importtime", "-c", stmt], capture_output=True, text=True)
    rows = []
    for line in p.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cum, name = line[len("import time:") :].split("|")
        if not name.startswith("  ") and name.strip() and name.strip() not in skip:
            rows.append((name.strip(), int(cum)))
    return rows


def import_times(repeats: int) -> tuple[list[tuple[str, float | None, int]], str]:
    py = sys.executable
    targets = [(n, s) for n, s in IMPORTS]
    for _, stmt in targets:  # compile .pyc first: a user's second import is the common case
        _import_once(py, stmt)
    times: dict[str, list[float]] = {n: [] for n, _ in targets}
    for r in range(repeats):
        k = r % len(targets)
        for name, stmt in targets[k:] + targets[:k]:
            t = _import_once(py, stmt)
            if t is not None:
                times[name].append(t)
    rows = []
    detail = []
    startup = frozenset(m for m, _ in _importtime_top(py, "pass"))
    for name, stmt in targets:
        top = _importtime_top(py, stmt, startup) if times[name] else []
        total_us = sum(cum for _, cum in top)
        rows.append((name, statistics.median(times[name]) if times[name] else None, total_us))
        if top:
            heavy = sorted(top, key=lambda x: -x[1])[:6]
            detail.append(f"- {name}: " + ", ".join(f"`{m}` {us / 1000:.1f} ms" for m, us in heavy))
    return rows, "\n".join(detail)


# --------------------------------------------------------------------------- pagination


def pagination(url: str, page_size: int, repeats: int, loop: asyncio.AbstractEventLoop) -> dict:
    # Every client is made (and logged in) once, outside the timed part: only iterating
    # the 10,000 items is timed.
    closers: list[Callable[[], Any]] = []
    c = httpx.Client(base_url=url, headers=TOKEN_HEADER)
    closers.append(c.close)

    # The floor drops each page before fetching the next: holding the previous page while
    # the next one is decoded costs ~20-30% here (the allocator cannot reuse its memory).
    def raw() -> int:
        n = 0
        offset = 0
        while True:
            page = json.loads(c.get(EXPS, params={"limit": page_size, "offset": offset}).content)
            for _ in page["experiments"]:
                n += 1
            p = page["pagination"]
            if p["endIndex"] >= p["total"] or not page["experiments"]:
                return n
            offset = p["endIndex"]
            del page, p

    runners: list[tuple[str, Callable[[], int]]] = [("raw httpx loop + json.loads", raw)]
    try:
        from determined_api.api.experiments import get_experiments
        from determined_client import AsyncSession, Session

        kw = {"master": url, "username": "determined", "password": "", "cache": False}
        s = Session(**kw)
        s.login()
        closers.append(s.close)
        a = AsyncSession(**kw)
        loop.run_until_complete(a.__aenter__())
        loop.run_until_complete(a.login())
        closers.append(lambda: loop.run_until_complete(a.__aexit__(None, None, None)))

        def ours() -> int:
            n = 0
            for _ in s.paginate(get_experiments, page_size=page_size):
                n += 1
            return n

        def ours_calls() -> int:
            # The same pages through Session.call in a hand-written offset loop: tells the
            # cost of the layer's calls from the cost of its pagination helper.
            n = 0
            offset = 0
            while True:
                page = s.call(get_experiments, limit=page_size, offset=offset)
                for _ in page.experiments:
                    n += 1
                end, total = page.pagination.end_index, page.pagination.total
                if end >= total or not page.experiments:
                    return n
                offset = end
                del page

        def ours_async() -> int:
            async def go() -> int:
                n = 0
                async for _ in a.paginate(get_experiments, page_size=page_size):
                    n += 1
                return n

            return loop.run_until_complete(go())

        runners += [
            ("ours: Session.paginate", ours),
            ("ours: AsyncSession.paginate", ours_async),
            ("ours: Session.call, hand-written offset loop", ours_calls),
        ]
    except ImportError:
        pass
    if not official_available():
        from determined.common import api
        from determined.common.api import bindings

        sess = api.Session(url, "determined", "v2.public.bench", cert=None)
        sess.__enter__()
        closers.append(sess.close)

        def official() -> int:
            # The SDK's own paging helper, as its CLI uses it.
            n = 0
            pages = api.read_paginated(
                lambda off: bindings.get_GetExperiments(sess, limit=page_size, offset=off)
            )
            for r in pages:
                for _ in r.experiments:
                    n += 1
            return n

        runners.append(("official: api.read_paginated + bindings", official))
    times: dict[str, list[float]] = {name: [] for name, _ in runners}
    counts: dict[str, int] = {}
    for name, f in runners:
        counts[name] = f()  # warm-up, and check the count
    for r in range(repeats):
        k = r % len(runners)
        for name, f in runners[k:] + runners[:k]:
            gc.collect()
            t0 = time.perf_counter()
            f()
            times[name].append(time.perf_counter() - t0)
    for close in closers:
        close()
    base = times[runners[0][0]]
    # Paired: each pass against the raw loop's pass of the same round, which cancels the
    # slow drifts of a shared machine better than a ratio of two medians does.
    return {
        name: (
            counts[name],
            statistics.median(times[name]),
            statistics.median(b / t for b, t in zip(base, times[name], strict=True)),
        )
        for name, _ in runners
    }


# --------------------------------------------------------------------------- report


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

    return [
        f"- nproc: {os.cpu_count()}, CPU: {cpu}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.release()}",
        f"- httpx {v('httpx')}, httpcore {v('httpcore')}, attrs {v('attrs')}, "
        f"determined {v('determined')}, requests {v('requests')}",
        f"- interpreter: {sys.executable}",
        f"- load average at start (1/5/15 min): {_loadavg()} (other work on the machine is noise)",
    ]


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def us(ns: float) -> str:
    return f"{ns / 1000:,.0f} µs" if ns < 10_000_000 else f"{ns / 1e6:,.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", 40)))
    ap.add_argument("--quick", action="store_true", help="few rounds: a smoke run")
    ap.add_argument("--page-size", type=int, default=100)
    ap.add_argument("--out", default=str(ROOT / ".bench" / "last-run.md"))
    args = ap.parse_args()
    rounds = 3 if args.quick else args.rounds
    reps = 3 if args.quick else 15
    out: list[str] = []

    def emit(line: str = "") -> None:
        print(line, flush=True)
        out.append(line)

    t_start = time.perf_counter()
    emit("# determined-client bench")
    emit()
    for line in machine():
        emit(line)
    emit()
    official_note = official_available()
    if official_note:
        emit(f"**NOTE: {official_note}. Its rows are left out; the rest of the bench runs.**")
        emit()

    # Parse-only first, on a clean heap (the garbage collector's cost depends on what else
    # is alive), then the server-backed parts.
    rows_p, parse_note = parse_only(reps)
    gc.collect()

    server = Server()
    loop = asyncio.new_event_loop()
    closers: list[Callable[[], Any]] = []
    try:
        raw, close = make_raw_sync(server.url)
        closers.append(close)
        raw_a, close = make_raw_async(server.url, loop)
        closers.append(close)
        contenders = [raw, raw_a]
        ours, ours_closers, note = make_ours(server.url, loop)
        closers += ours_closers
        contenders += ours
        if note:
            emit(f"**NOTE: {note}**")
            emit()
        if not official_note:
            off, close = make_official(server.url)
            closers.append(close)
            contenders.append(off)

        # 1. latency
        samples, per_round = latency(contenders, rounds, loop)
        emit(f"## Latency per call ({rounds} interleaved rounds)")
        emit()
        emit(
            "ratio = median over rounds of (this client's batch median / raw httpx's batch "
            "median in the same round); async rows also give it against raw *async* httpx, "
            "the async floor. Δ = difference of the overall medians."
        )
        emit()
        emit("| answer | client | n | median | p90 | Δ vs raw | ratio |")
        emit("|---|---|--:|--:|--:|--:|--:|")
        for sc, _, _ in SCENARIOS:
            floor = statistics.median(samples[(sc, raw.name)])
            base, abase = per_round[(sc, raw.name)], per_round[(sc, raw_a.name)]
            for c in contenders:
                xs = samples[(sc, c.name)]
                med = statistics.median(xs)
                pr = per_round[(sc, c.name)]
                is_async = c.is_async and c is not raw_a
                extra = f" ({paired(pr, abase):.3f}x async)" if is_async else ""
                emit(
                    f"| {sc} | {c.name} | {len(xs)} | {us(med)} | {us(pct(xs, 0.9))} "
                    f"| {(med - floor) / 1000:+,.0f} µs | {paired(pr, base):.3f}x{extra} |"
                )
        emit()
        rows = server_cost(server, server.url)
        emit("Server cost (its own CPU per request, next to the raw client's whole round trip):")
        emit()
        emit("| answer | server CPU/request | raw round trip | share |")
        emit("|---|--:|--:|--:|")
        for sc, cpu, wall in rows:
            emit(f"| {sc} | {cpu * 1e6:,.0f} µs | {wall * 1e6:,.0f} µs | {cpu / wall:.0%} |")
        emit()

        # CPU without the network
        try:
            rows_c, note_c = cpu_no_network(6 if args.quick else 25, loop)
        except Exception as e:  # a layer API change must not sink the rest of the bench
            rows_c, note_c = [], f"could not run ({e!r})"
        emit("## Client CPU per call without the network (httpx.MockTransport, same bodies)")
        emit()
        if note_c:
            emit(f"**NOTE: {note_c}**")
            emit()
        emit("ratio: median over rounds of this / the raw client of the same kind, same round")
        emit()
        emit("| answer | client | CPU per call (median) | Δ vs raw | ratio |")
        emit("|---|---|--:|--:|--:|")
        for sc, name, cpu, base, ratio in rows_c:
            delta = (cpu - base) * 1e6
            emit(f"| {sc} | {name} | {cpu * 1e6:,.1f} µs | {delta:+,.1f} µs | {ratio:.3f}x |")
        emit()

        # 4. pagination
        pg = pagination(server.url, args.page_size, 3 if args.quick else 7, loop)
        emit(f"## Pagination: 10,000 experiments, page size {args.page_size}")
        emit()
        emit("(vs raw loop: median over rounds of raw time / this time, same round)")
        emit()
        emit("| client | items | median time | items/s | vs raw loop |")
        emit("|---|--:|--:|--:|--:|")
        for name, (count, secs, vs_raw) in pg.items():
            emit(f"| {name} | {count:,} | {secs:.3f} s | {count / secs:,.0f} | {vs_raw:.0%} |")
        emit()
    finally:
        for close in closers:
            try:
                close()
            except Exception as e:
                print(f"bench: closing a client failed: {e!r}", file=sys.stderr)
        server.stop()
        loop.close()

    # 2. parse-only (measured first, reported here)
    note = parse_note
    emit(f"## Parse-only: one page of 1000 experiments ({reps} interleaved repeats, median)")
    emit()
    if note:
        emit(f"**NOTE: {note}**")
        emit()
    emit("| what | median | vs json.loads alone |")
    emit("|---|--:|--:|")
    base = rows_p[0][1]
    for name, t in rows_p:
        emit(f"| {name} | {t * 1e3:.1f} ms | {t / base:.2f}x |")
    emit()

    # 3. import time
    rows_i, detail = import_times(5 if args.quick else 9)
    emit("## Import time (fresh interpreter, .pyc warm, median)")
    emit()
    emit("| import | wall (in-process) | -X importtime total |")
    emit("|---|--:|--:|")
    for name, t, total_us in rows_i:
        wall = f"{t * 1e3:.0f} ms" if t is not None else "not importable"
        emit(f"| {name} | {wall} | {total_us / 1000:.0f} ms |")
    emit()
    emit("Heaviest top-level imports (-X importtime, cumulative):")
    emit()
    emit(detail)
    emit()
    took = time.perf_counter() - t_start
    emit(f"_bench took {took:.0f} s; load average at the end: {_loadavg()}_")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("\n".join(out) + "\n")
    print(f"\n(written to {args.out})")


if __name__ == "__main__":
    main()
