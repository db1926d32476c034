"""A per-(master, user) token cache, so a new process need not log in again.

Safe under several processes: writes happen under an exclusive lock (``filelock``, as the
official CLI uses: flock on POSIX, msvcrt on Windows) and land by atomic replace, so readers
never see half a file. A corrupt or foreign file is treated as empty and rewritten. If the
directory cannot be written (read-only or missing home, as in containers) the cache warns
once and the session carries on in memory.
The official CLI's ``determined/auth.json`` (same shape) is read, never written.

Entries are keyed by the canonical master URL (``_master_url``), as the CLI keys them. A key
written in another form (older versions of this package, the CLI's version-1 files) is still
found, and our own file folds such keys into the canonical one on the next write.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ._exceptions import ConfigurationError
from ._master_url import canonicalize_master

log = logging.getLogger("determined_client")
_VERSION = 2  # the same shape as the official CLI's auth.json
_Change = Callable[[dict[str, Any]], None]


def config_home() -> Path | None:
    """$XDG_CONFIG_HOME, else ~/.config; None when there is no usable home."""
    xdg = os.environ.get("XDG_CONFIG_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg)
    home = os.path.expanduser("~")
    if not home or home == "~" or not os.path.isabs(home):
        return None
    return Path(home) / ".config"


def _read(path: Path) -> dict[str, Any]:
    """Parse a token file; anything unreadable or foreign counts as empty."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.debug("ignoring unreadable token cache %s (%s)", path, type(exc).__name__)
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("masters"), dict):
        return {}
    return data


def _canonical(key: object) -> str | None:
    if not isinstance(key, str):
        return None
    try:
        return canonicalize_master(key)
    except ConfigurationError:
        return None


def _aliases(masters: dict[str, Any], master: str) -> list[str]:
    """Keys other than ``master`` itself that name the same master (e.g. ``https://h``)."""
    return [k for k in masters if k != master and _canonical(k) == master]


def _lookup(data: dict[str, Any], master: str, user: str | None) -> tuple[str, str] | None:
    """(user, token) under the canonical key, else under another spelling of the master."""
    masters = data.get("masters", {})
    found = _from_entry(masters.get(master), user)
    for alias in [] if found else _aliases(masters, master):
        found = found or _from_entry(masters[alias], user)
    return found


def _from_entry(entry: object, user: str | None) -> tuple[str, str] | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("tokens"), dict):
        return None
    user = user if user is not None else entry.get("active_user")
    token = entry["tokens"].get(user) if isinstance(user, str) else None
    return (user, token) if isinstance(user, str) and isinstance(token, str) and token else None


class TokenCache:
    """Tokens on disk under ``<config home>/determined-client/tokens.json``."""

    def __init__(self, directory: Path | None = None, *, read_official: bool = True) -> None:
        home = config_home()
        self.directory = directory or (home / "determined-client" if home else None)
        self._official = home / "determined" / "auth.json" if home and read_official else None
        self._disabled = self.directory is None
        self._warned = False

    def __repr__(self) -> str:
        return f"TokenCache(directory={str(self.directory)!r})"

    @property
    def path(self) -> Path | None:
        return self.directory / "tokens.json" if self.directory else None

    def get(self, master: str, user: str | None) -> tuple[str, str] | None:
        """(user, token) for this master; ``user=None`` means the last active user."""
        if self.path is not None:
            found = _lookup(_read(self.path), master, user)
            if found:
                return found
        return _lookup(_read(self._official), master, user) if self._official else None

    def put(self, master: str, user: str, token: str) -> None:
        def change(entry: dict[str, Any]) -> None:
            entry["tokens"][user] = token
            entry["active_user"] = user

        self._update(master, change)

    def remove(self, master: str, user: str) -> None:
        def change(entry: dict[str, Any]) -> None:
            entry["tokens"].pop(user, None)
            if entry.get("active_user") == user:
                entry["active_user"] = None

        self._update(master, change)

    def _update(self, master: str, change: _Change) -> None:
        if self._disabled or self.directory is None:
            self._warn_once("no usable home directory")
            return
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            with contextlib.suppress(OSError):
                os.chmod(self.directory, 0o700)
            import filelock  # on the first write: importing it costs ~10 ms (bench/)

            with filelock.FileLock(self.directory / "tokens.lock", mode=0o600):
                self._write_locked(master, change)
        except OSError as exc:
            self._disabled = True
            self._warn_once(f"{type(exc).__name__}: {exc.strerror or exc}")

    def _write_locked(self, master: str, change: _Change) -> None:
        assert self.path is not None
        data = _read(self.path)
        if data.get("version") != _VERSION:
            data = {"version": _VERSION, "masters": {}}
        masters = data["masters"]
        entry = masters.get(master)
        if not isinstance(entry, dict) or not isinstance(entry.get("tokens"), dict):
            entry = masters[master] = {"active_user": None, "tokens": {}}
        for alias in _aliases(masters, master):  # fold other spellings in; canonical wins
            old = masters.pop(alias)
            if isinstance(old, dict) and isinstance(old.get("tokens"), dict):
                entry["tokens"] = {**old["tokens"], **entry["tokens"]}
                if entry.get("active_user") is None:
                    entry["active_user"] = old.get("active_user")
        change(entry)
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".tokens.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def _warn_once(self, why: str) -> None:
        if not self._warned:
            self._warned = True
            warnings.warn(
                f"determined-client: token cache disabled ({why}); keeping tokens in memory "
                "only. Set XDG_CONFIG_HOME to a writable directory or pass cache=False.",
                RuntimeWarning,
                stacklevel=4,
            )
