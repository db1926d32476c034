"""The on-disk token cache: permissions, atomicity, locking, corruption, read-only homes."""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import stat
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import pytest

from determined_api.api.users import get_me
from determined_client import Session, TokenCache

from .conftest import MASTER, FakeMaster, session_kwargs


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_login_writes_cache_0600_in_0700_dir(master: FakeMaster, isolated_env: Path) -> None:
    Session(**session_kwargs(master, username="alice", password="secret")).login()
    d = isolated_env / "determined-client"
    f = d / "tokens.json"
    assert mode(d) == 0o700 and mode(f) == 0o600
    data = json.loads(f.read_text())
    assert data["masters"][MASTER] == {"active_user": "alice", "tokens": {"alice": "tok-1"}}
    assert "secret" not in f.read_text()
    assert not [p for p in d.iterdir() if p.name.endswith(".tmp")]


def test_cached_token_is_reused_by_a_new_session(master: FakeMaster) -> None:
    Session(**session_kwargs(master, username="alice", password="secret")).login()
    s2 = Session(**session_kwargs(master, username="alice", password="secret"))
    s2.call(get_me)
    assert master.logins == 1
    # no credentials at all: the active user of this master is picked up
    s3 = Session(**session_kwargs(master))
    assert s3.username == "alice"
    s3.call(get_me)
    assert master.logins == 1


def test_rejected_cached_token_relogs_and_rewrites(master: FakeMaster, isolated_env: Path) -> None:
    Session(**session_kwargs(master, username="alice", password="secret")).login()
    master.tokens.clear()  # the server forgot it (expiry)
    Session(**session_kwargs(master, username="alice", password="secret")).call(get_me)
    assert master.logins == 2
    data = json.loads((isolated_env / "determined-client" / "tokens.json").read_text())
    assert data["masters"][MASTER]["tokens"]["alice"] == "tok-2"


def test_cache_off_writes_nothing(master: FakeMaster, isolated_env: Path) -> None:
    Session(**session_kwargs(master, username="alice", password="secret", cache=False)).login()
    assert not (isolated_env / "determined-client").exists()


def test_logout_forgets_cached_token(master: FakeMaster, isolated_env: Path) -> None:
    s = Session(**session_kwargs(master, username="alice", password="secret"))
    s.login()
    s.logout()
    data = json.loads((isolated_env / "determined-client" / "tokens.json").read_text())
    assert data["masters"][MASTER]["tokens"] == {}


@pytest.mark.parametrize(
    "content", ["{not json", "[1, 2]", '{"version": 1, "masters": []}', "\x00\xff", ""]
)
def test_corrupt_or_foreign_file_is_ignored_and_rewritten(
    master: FakeMaster, isolated_env: Path, content: str
) -> None:
    d = isolated_env / "determined-client"
    d.mkdir(parents=True)
    (d / "tokens.json").write_text(content)
    s = Session(**session_kwargs(master, username="alice", password="secret"))
    s.call(get_me)
    data = json.loads((d / "tokens.json").read_text())
    assert data["version"] == 2 and data["masters"][MASTER]["tokens"]["alice"] == "tok-1"


def test_missing_home_warns_once_and_carries_on(
    master: FakeMaster, monkeypatch: pytest.MonkeyPatch, isolated_env: Path
) -> None:
    not_a_dir = isolated_env.parent / "file"
    not_a_dir.write_text("")  # mkdir under a file fails, even for root
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(not_a_dir / "home"))
    s = Session(**session_kwargs(master, username="alice", password="secret"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        s.call(get_me)
        s.login()
    assert len([w for w in caught if "token cache" in str(w.message)]) == 1


def test_read_only_filesystem_warns_once(
    master: FakeMaster, monkeypatch: pytest.MonkeyPatch
) -> None:
    def erofs(*a: object, **k: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", erofs)
    s = Session(**session_kwargs(master, username="alice", password="secret"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        s.call(get_me)
        s.login()
        s.call(get_me)
    msgs = [str(w.message) for w in caught if "token cache" in str(w.message)]
    assert len(msgs) == 1 and "Read-only" in msgs[0]
    assert master.logins == 2


def test_no_home_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", "")
    monkeypatch.setattr(os.path, "expanduser", lambda p: p)
    cache = TokenCache()
    assert cache.path is None and cache.get(MASTER, None) is None
    with pytest.warns(RuntimeWarning, match="token cache"):
        cache.put(MASTER, "alice", "t")


def test_official_auth_json_is_read_never_written(master: FakeMaster, isolated_env: Path) -> None:
    token = master.issue()
    official = isolated_env / "determined" / "auth.json"
    official.parent.mkdir(parents=True)
    content = {"version": 2, "masters": {MASTER: {"active_user": "bob", "tokens": {"bob": token}}}}
    official.write_text(json.dumps(content))
    before = official.stat().st_mtime_ns
    s = Session(**session_kwargs(master))
    assert s.username == "bob"
    s.call(get_me)
    assert master.requests[-1].headers["Authorization"] == f"Bearer {token}"
    s.logout()
    assert json.loads(official.read_text()) == content
    assert official.stat().st_mtime_ns == before


def _writer(directory: str, user: str, n: int) -> None:
    cache = TokenCache(Path(directory), read_official=False)
    for i in range(n):
        cache.put(MASTER, user, f"{user}-{i}")


def test_concurrent_writers_from_several_processes(tmp_path: Path) -> None:
    d = tmp_path / "cache"
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(str(d), f"u{k}", 50)) for k in range(4)]
    for p in procs:
        p.start()
    reads = 0
    while any(p.is_alive() for p in procs):
        f = d / "tokens.json"
        if f.exists():
            json.loads(f.read_text())  # always a whole, valid file
            assert mode(f) == 0o600
            reads += 1
    for p in procs:
        p.join()
        assert p.exitcode == 0
    data = json.loads((d / "tokens.json").read_text())
    assert data["masters"][MASTER]["tokens"] == {f"u{k}": f"u{k}-49" for k in range(4)}
    assert mode(d / "tokens.json") == 0o600
    assert reads > 0


def test_imports_and_caches_without_fcntl(tmp_path: Path) -> None:
    """Windows has no fcntl: the package must import and the cache work without it."""
    code = (
        "import sys; sys.modules['fcntl'] = None\n"
        "from pathlib import Path\n"
        "from determined_client import Session, TokenCache\n"
        f"cache = TokenCache(Path({str(tmp_path / 'c')!r}), read_official=False)\n"
        f"cache.put({MASTER!r}, 'alice', 'tok')\n"
        f"assert cache.get({MASTER!r}, 'alice') == ('alice', 'tok')\n"
        "assert 'fcntl' not in vars(sys.modules['determined_client._token_cache'])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_lock_file_is_private_too(master: FakeMaster, isolated_env: Path) -> None:
    Session(**session_kwargs(master, username="alice", password="secret")).login()
    lock = isolated_env / "determined-client" / "tokens.lock"
    assert not lock.exists() or mode(lock) == 0o600
