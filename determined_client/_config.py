"""Resolve credentials from arguments or the environment, encoded as the official CLI does.

Everything here is checked before any network call, so a typo fails fast with a message
that says what to set. The plain password is hashed at once and never stored. (The master
URL is in ``_master_url``, CA bundles and proxies in ``_network``.)
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from ._exceptions import ConfigurationError

_SALT = "GubPEmmotfiK9TMD6Zdw"  # the official clients' fixed salt
_CRED_VARS = "DET_USER and DET_PASS, or DET_USER_TOKEN (or DETERMINED_AI_TOKEN)"


def hash_password(password: str) -> str:
    """The password as the official clients send it, always with ``isHashed: true``:
    ``sha512_hex(salt + password)``, except that an empty password stays ``""`` (the master
    stores no hash for a user without a password, so only ``""`` logs that user in).
    Mirrors ``determined.common.api.authentication.salt_and_hash``."""
    if not password:
        return ""
    return hashlib.sha512((_SALT + password).encode("utf-8")).hexdigest()


class Secret:
    """A string that never shows itself in repr(), str() or vars() of its owner."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__


@dataclass(frozen=True)
class Credentials:
    """What a session may use to authenticate; secrets are hidden from repr."""

    username: str | None = None
    password_hash: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)
    source: str = "none"

    @property
    def can_login(self) -> bool:
        return self.username is not None and self.password_hash is not None


def resolve_credentials(
    username: str | None,
    password: str | None,
    token: str | None,
    env: Mapping[str, str] | None = None,
) -> Credentials:
    """Explicit arguments win; then token variables; then DET_USER/DET_PASS.

    When a token comes from the environment, DET_USER/DET_PASS still ride along so the
    session can log in again once that token expires.
    """
    env = os.environ if env is None else env
    if username is not None or password is not None or token is not None:
        if password is not None and username is None:
            raise ConfigurationError("password= given without username=")
        return Credentials(
            username=username,
            password_hash=None if password is None else hash_password(password),
            token=token or None,
            source="arguments",
        )
    env_user = env.get("DET_USER") or None
    env_pass = env.get("DET_PASS")
    pw_hash = hash_password(env_pass) if env_user and env_pass is not None else None
    for var in ("DET_USER_TOKEN", "DETERMINED_AI_TOKEN"):
        if env.get(var):
            return Credentials(env_user, pw_hash, env[var], source=var)
    if env_user:
        return Credentials(env_user, pw_hash, None, source="DET_USER/DET_PASS")
    return Credentials()


def missing_credentials(
    master: str, username: str | None, source: str = "none"
) -> ConfigurationError:
    """The error for 'nothing to authenticate with', naming what to set."""
    if username is not None and source == "arguments":
        return ConfigurationError(
            f"no password and no cached token for user {username!r} on {master}: pass "
            "password= (with username= given, DET_PASS and the other variables are not read)"
        )
    if username is not None:
        return ConfigurationError(
            f"no password and no cached token for user {username!r} on {master}: "
            "set DET_PASS or pass password="
        )
    return ConfigurationError(
        f"no credentials for {master}: set {_CRED_VARS}, pass username=/password= or "
        "token=, or log in once with `det user login`"
    )
