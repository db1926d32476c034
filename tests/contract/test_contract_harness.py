"""The Prism harness (determined_client.testing): lifecycle, failure modes, no leftovers.

Tests of the machinery (process groups, ports, output, reuse) serve three operations of the
contract (``three_operations.yaml``), on which Prism and the front start in a third of the
time; the test of the README's downstream example serves the packaged contract itself."""

from __future__ import annotations

import os
import re
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest

from determined_client.testing import (
    MOCK_URL_ENV,
    PRISM_BIN_ENV,
    PrismMock,
    PrismNotFoundError,
    PrismStartError,
    find_prism,
    group_alive,
    spec_path,
)

from ._children import (
    PYTEST,
    SERVE_THREE_OPERATIONS,
    THREE_OPERATIONS,
    child,
    finish,
    live_processes,
)

ROOT = Path(__file__).resolve().parents[2]


def group_members(pgid: int) -> list[int]:
    """Live (non-zombie) pids in process group ``pgid``."""
    return [pid for pid, group, _, _ in live_processes() if group == pgid]


def pid_alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return state[state.rfind(")") + 2] != "Z"


def assert_gone(pgid: int, pids: list[int], *, reaped: bool = True) -> None:
    """No live process of the group is left. With ``reaped``, not even a zombie: the group no
    longer exists at all (true when every member was our own child, as Prism is)."""
    assert not group_alive(pgid)
    assert group_members(pgid) == []
    assert [pid for pid in pids if pid_alive(pid)] == []
    if reaped:
        with pytest.raises(ProcessLookupError):
            os.killpg(pgid, 0)


@pytest.fixture(autouse=True)
def _no_reuse(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MOCK_URL_ENV, raising=False)
    monkeypatch.delenv(PRISM_BIN_ENV, raising=False)


def test_spec_path_is_the_contract() -> None:
    path = spec_path()
    assert path.name == "openapi.yaml" and path.is_file()
    assert "openapi: 3." in path.read_text(encoding="utf-8")[:200]


def test_serves_on_loopback_and_leaves_no_process_behind() -> None:
    with PrismMock(THREE_OPERATIONS) as mock:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", mock.url)
        assert mock.pid is not None
        pgid = mock.pid
        assert os.getpgid(mock.pid) == pgid != os.getpgid(0)  # its own process group
        pids = group_members(pgid)
        assert mock.pid in pids
        cmdline = Path(f"/proc/{mock.pid}/cmdline").read_bytes().split(b"\0")
        assert b"mock" in cmdline and b"127.0.0.1" in cmdline
        r = httpx.get(f"{mock.url}/api/v1/master")
        assert r.status_code == 200 and r.json()["version"]
    assert_gone(pgid, pids)
    with pytest.raises(RuntimeError, match="not running"):
        _ = mock.url
    mock.stop()  # idempotent


def test_stops_the_whole_group_when_the_test_fails() -> None:
    seen: dict[str, object] = {}
    with pytest.raises(ZeroDivisionError), PrismMock(THREE_OPERATIONS) as mock:
        assert mock.pid is not None
        seen["pgid"], seen["pids"] = mock.pid, group_members(mock.pid)
        1 / 0  # noqa: B018 - the failing test body
    pgid, pids = seen["pgid"], seen["pids"]
    assert isinstance(pgid, int) and isinstance(pids, list)
    assert_gone(pgid, pids)


def test_stops_children_that_ignore_sigterm(tmp_path: Path) -> None:
    """SIGKILL follows when SIGTERM is not enough, for every member of the group."""
    fake = tmp_path / "prism"
    fake.write_text(
        textwrap.dedent(
            f"""\
            #!{sys.executable}
            import http.server, signal, subprocess, sys
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            stubborn = "import signal as s, time; s.signal(s.SIGTERM, s.SIG_IGN); time.sleep(600)"
            child = subprocess.Popen([sys.executable, "-c", stubborn])
            port = int(sys.argv[sys.argv.index("-p") + 1])
            handler = http.server.BaseHTTPRequestHandler
            http.server.HTTPServer(("127.0.0.1", port), handler).serve_forever()
            """
        )
    )
    fake.chmod(0o755)
    mock = PrismMock(THREE_OPERATIONS, prism_bin=fake, stop_timeout=1.0).start()
    assert mock.pid is not None
    pgid = mock.pid
    deadline = time.monotonic() + 10
    while len(group_members(pgid)) < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    pids = group_members(pgid)
    assert len(pids) == 3 and mock.front_pid in pids  # fake Prism, its child, the front
    mock.stop()
    # The grandchild was re-parented away from us; whoever reaps orphans here may leave its
    # zombie in the group for a moment, so only "no live member" is asserted.
    assert_gone(pgid, pids, reaped=False)


def test_fails_fast_with_prism_output(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.0.3\npaths: [this is not an openapi document\n")
    started = time.monotonic()
    with pytest.raises(PrismStartError) as error:
        PrismMock(spec=broken, startup_timeout=60).start()
    assert time.monotonic() - started < 30  # it exited; we did not wait for the timeout
    message = str(error.value)
    assert "exited with status" in message and "its output:" in message
    assert message.split("its output:", 1)[1].strip()  # Prism's own words are shown


def test_serves_a_given_spec(tmp_path: Path) -> None:
    spec = tmp_path / "tiny.yaml"
    spec.write_text(
        textwrap.dedent(
            """\
            openapi: 3.0.3
            info: {title: tiny, version: '1'}
            paths:
              /ping:
                get:
                  responses:
                    '200':
                      description: pong
                      content:
                        application/json:
                          example: {pong: true}
            """
        )
    )
    with PrismMock(spec=spec, probe_path="/ping") as mock:
        assert httpx.get(f"{mock.url}/ping").json() == {"pong": True}


def test_reuses_the_mock_named_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    with PrismMock(THREE_OPERATIONS) as running:
        monkeypatch.setenv(MOCK_URL_ENV, running.url + "/")
        with PrismMock() as reused:
            assert reused.reused and reused.pid is None
            assert reused.url == running.url
        # leaving the reusing block did not stop the running mock
        assert httpx.get(f"{running.url}/api/v1/master").status_code == 200


def test_reused_url_that_does_not_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as holder:  # a loopback port kept ours, where nothing listens
        holder.bind(("127.0.0.1", 0))
        monkeypatch.setenv(MOCK_URL_ENV, f"http://127.0.0.1:{holder.getsockname()[1]}")
        with pytest.raises(PrismStartError, match="does not answer HTTP"):
            PrismMock().start()


INSTALL = ("npm install --save-dev @stoplight/prism-cli@5.16.0", "apt-get install nodejs npm")


def test_missing_prism_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(PrismNotFoundError) as error:
        PrismMock(prism_bin=tmp_path / "no-such-prism").start()
    assert all(hint in str(error.value) for hint in INSTALL), str(error.value)
    monkeypatch.setenv(PRISM_BIN_ENV, str(tmp_path / "nope"))
    with pytest.raises(PrismNotFoundError, match=PRISM_BIN_ENV):
        find_prism()


def test_missing_node_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    prism = ROOT / "node_modules" / ".bin" / "prism"
    assert prism.exists(), "Prism is installed by `npm ci` (make setup)"
    monkeypatch.setenv("PATH", str(tmp_path))  # no node on PATH
    with pytest.raises(PrismNotFoundError, match=r"Node\.js") as error:
        find_prism(prism)
    assert all(hint in str(error.value) for hint in INSTALL)


def test_prism_is_found_from_a_search_path_and_its_parents(tmp_path: Path) -> None:
    """pytest's rootdir (or any directory under it) finds the project's node_modules, before
    the current directory's, as npm resolves executables."""
    project = tmp_path / "project"
    fake = project / "node_modules" / ".bin" / "prism"
    fake.parent.mkdir(parents=True)
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    deep = project / "tests" / "unit"
    deep.mkdir(parents=True)
    assert Path.cwd() != project  # the run's cwd is elsewhere (it has a Prism of its own)
    assert find_prism(search_paths=[deep]) == [str(fake)]
    assert find_prism(search_paths=[project]) == [str(fake)]
    assert find_prism(search_paths=[tmp_path]) != [str(fake)]  # not below, only above


def test_a_failing_test_gets_the_mock_output(tmp_path: Path) -> None:
    """The `determined_mock` fixture is the mock itself, and a failing test's report carries
    what the mock logged during that test (Prism's request log and violations), not what it
    logged before. A fresh pytest, its mock serving three operations."""
    (tmp_path / "conftest.py").write_text(SERVE_THREE_OPERATIONS)
    (tmp_path / "test_report.py").write_text(
        textwrap.dedent(
            """\
            import time
            from pathlib import Path

            import httpx


            def test_passes(determined_mock):
                assert determined_mock.url.startswith("http://127.0.0.1:")
                prism = Path(f"/proc/{determined_mock.pid}/cmdline").read_bytes()
                assert b"three_operations.yaml" in prism  # the switch in conftest.py held
                httpx.get(determined_mock.url + "/api/v1/passing-request-path")
                deadline = time.monotonic() + 30  # Prism logs a moment late: let it land
                while "NO_PATH_MATCHED" not in determined_mock.output():
                    assert time.monotonic() < deadline, determined_mock.output()
                    time.sleep(0.05)


            def test_fails(determined_mock_url):
                httpx.get(determined_mock_url + "/api/v1/experiments?limit=notanumber")
                assert False, "the service misbehaved"
            """
        )
    )
    with child(PYTEST, cwd=tmp_path) as proc:
        out = finish(proc, 300, "pytest")
    assert proc.returncode == 1, out
    assert "1 failed, 1 passed" in out
    report = out.split("determined mock output (call)", 1)[1]
    assert "get /api/v1/experiments " in report
    assert "request.query.limit" in report  # the violation Prism found
    assert "passing-request-path" not in report  # only what the failing test caused


def test_plugin_in_a_downstream_project(tmp_path: Path) -> None:
    """The README example, as a downstream project would run it against the packaged
    contract: plugin fixtures only, a fresh pytest process; afterwards no Prism is left on the
    port it used."""
    (tmp_path / "test_downstream.py").write_text(
        textwrap.dedent(
            """\
            from pathlib import Path

            from determined_api.api.experiments import get_experiment
            from determined_api.api.users import get_me


            def test_my_service_reads_an_experiment(determined_session, determined_mock_url):
                Path("port").write_text(determined_mock_url.rsplit(":", 1)[1])
                experiment = determined_session.call(get_experiment, experiment_id=42).experiment
                assert experiment.id == 42 and experiment.name
                assert determined_session.call(get_me).user.username == "determined"


            async def test_async(determined_async_session):
                me = await determined_async_session.call(get_me)
                assert me.user.username == "determined"
            """
        )
    )
    with child([*PYTEST, "-o", "asyncio_mode=auto"], cwd=tmp_path) as proc:
        out = finish(proc, 300, "pytest")
    assert proc.returncode == 0, out
    assert "2 passed" in out
    port = (tmp_path / "port").read_text()
    leftovers = [
        pid
        for pid in (int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit())
        if _cmdline_has(pid, b"-p", port.encode())
    ]
    assert leftovers == []


def _cmdline_has(pid: int, *parts: bytes) -> bool:
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return b"mock" in argv and all(p in argv for p in parts) and pid_alive(pid)


def test_a_taken_port_is_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    """A free port picked here can be taken before the front binds it: start again elsewhere,
    and leave nothing of the failed attempt behind."""
    import socket

    from determined_client.testing import _prism

    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        picks = iter([taken])
        real = _prism._free_port
        monkeypatch.setattr(_prism, "_free_port", lambda: next(picks, None) or real())
        with PrismMock(THREE_OPERATIONS, reuse=False) as mock:
            assert not mock.url.endswith(f":{taken}")
            assert httpx.get(f"{mock.url}/api/v1/master").status_code == 200
            assert "address already in use" not in mock.output()  # a fresh log per attempt


def test_reading_the_output_never_loses_what_prism_writes(tmp_path: Path) -> None:
    """The log file is shared with Prism (and the front): reading parts of it while they
    write must not move where their next lines land."""
    fake = tmp_path / "prism"
    fake.write_text(
        textwrap.dedent(
            f"""\
            #!{sys.executable}
            import http.server, sys, threading, time
            def chatter():
                for i in range(3000):
                    print(f"line {{i}}", flush=True)
                    if i % 100 == 0:
                        time.sleep(0.01)
                print("done", flush=True)
            port = int(sys.argv[sys.argv.index("-p") + 1])
            server = http.server.HTTPServer(("127.0.0.1", port), http.server.BaseHTTPRequestHandler)
            threading.Thread(target=chatter, daemon=True).start()
            server.serve_forever()
            """
        )
    )
    fake.chmod(0o755)
    with PrismMock(prism_bin=fake, front=False, reuse=False) as mock:
        deadline = time.monotonic() + 30
        while "done" not in mock.output() and time.monotonic() < deadline:
            mock.output(since=0, until=7)  # partial reads, as the CLI and the plugin do
            mock.output(since=max(mock.output_bytes - 20, 0))
        lines = [line for line in mock.output().splitlines() if line.startswith("line ")]
    assert lines == [f"line {i}" for i in range(3000)]
