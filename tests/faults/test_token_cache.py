"""The token cache under several processes writing at once: never corrupt, always 0600."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from determined_api.api.users import get_me
from determined_client import Session, TokenCache

from ._support import TEST_PASSWORD, TEST_USER, fast_policy

PROCS = 6  # >= 4 processes ...
WRITES = 50  # ... x 50 writes each, all at once

WRITER = textwrap.dedent(
    """
    import os, sys, time
    from determined_client import TokenCache

    i, go, master = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    deadline = time.monotonic() + 30
    while not os.path.exists(go):  # start together
        if time.monotonic() > deadline:
            sys.exit("never told to go")
        time.sleep(0.001)
    cache = TokenCache()
    for j in range(int(sys.argv[4])):
        cache.put(master, f"user{i}", f"tok-{i}-{j}")  # a key of its own
        cache.put(master, "shared", f"tok-{i}-{j}")  # and one every process fights over
    """
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.fault("cache-multiprocess")
def test_cache_survives_concurrent_writers(isolated_env: Path, tmp_path: Path) -> None:
    master = "http://127.0.0.1:8080"
    cache = TokenCache()
    assert cache.path is not None and str(cache.path).startswith(str(isolated_env))
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(i), str(go), master, str(WRITES)],
            env=dict(os.environ),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for i in range(PROCS)
    ]
    try:
        time.sleep(0.3)  # let the interpreters start; then release them together
        go.touch()
        reads = 0
        bad: list[str] = []
        # Read the file as hard as we can while they write: every read must be whole JSON
        # of the cache's shape, and the file must be 0600 every time we look.
        while any(p.poll() is None for p in procs):
            path = cache.path
            try:
                raw = path.read_bytes()
                m = mode(path)
            except FileNotFoundError:
                continue
            reads += 1
            try:
                data = json.loads(raw)
                assert isinstance(data, dict) and isinstance(data["masters"], dict)
            except (ValueError, AssertionError, KeyError) as exc:
                bad.append(f"corrupt read: {exc!r}: {raw[:80]!r}")
            if m != 0o600:
                bad.append(f"mode {oct(m)}")
        outs = [p.communicate(timeout=60) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    for p, (_, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err.decode()[-2000:]
    assert bad == []
    assert reads > 0
    # No lost update: each process's last write is there; the shared key holds some last write.
    data = json.loads(cache.path.read_text())
    for i in range(PROCS):
        assert TokenCache().get(master, f"user{i}") == (f"user{i}", f"tok-{i}-{WRITES - 1}")
    shared = data["masters"][master]["tokens"]["shared"]
    assert shared in {f"tok-{i}-{WRITES - 1}" for i in range(PROCS)}
    assert mode(cache.path) == 0o600
    assert mode(cache.path.parent) == 0o700
    leftovers = [p.name for p in cache.path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


@pytest.mark.fault("cache-multiprocess")
def test_session_cache_file_is_0600_and_reused(master, isolated_env: Path) -> None:
    with Session(master.url, username=TEST_USER, password=TEST_PASSWORD, retry=fast_policy(0)) as s:
        s.call(get_me)
    path = TokenCache().path
    assert path is not None and path.exists()
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    token = master.issued_tokens[0]
    assert token in path.read_text()
    # A new session (a new process would do the same) reuses it without logging in.
    with Session(master.url, username=TEST_USER, password=TEST_PASSWORD) as s2:
        s2.call(get_me)
    assert master.logins == 1


@pytest.mark.fault("cache-multiprocess")
def test_corrupt_cache_file_is_ignored_and_rewritten(master, isolated_env: Path) -> None:
    path = TokenCache().path
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b'{"version": 2, "masters": {"http://x": {"tok')  # half a file
    with Session(master.url, username=TEST_USER, password=TEST_PASSWORD, retry=fast_policy(0)) as s:
        assert s.call(get_me).user.username == TEST_USER
    data = json.loads(path.read_text())
    assert data["masters"][master.url]["tokens"][TEST_USER] == master.issued_tokens[0]
    assert mode(path) == 0o600
