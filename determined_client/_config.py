"""Resolve the master URL, credentials and TLS settings from arguments or the environment.

Everything here is checked before any network call, so a typo fails fast with a message
that says what to set. The plain password is hashed at once and never stored.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import re
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from ._exceptions import ConfigurationError

log = logging.getLogger("determined_client")
DEFAULT_MASTER = "http://localhost:8080"
_SALT = "GubPEmmotfiK9TMD6Zdw"  # the official clients' fixed salt
_CRED_VARS = "DET_USER and DET_PASS, or DET_USER_TOKEN (or DETERMINED_AI_TOKEN)"


def hash_password(password: str) -> str:
    """Salted sha512 as the official clients send it (with isHashed: true)."""
    return hashlib.sha512((_SALT + password).encode("utf-8")).hexdigest()


_HOST = re.compile(r"[A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+\]")


def normalize_master(master: str) -> str:
    """``host:port`` means http; reject URLs with no host, odd schemes or credentials.

    Messages never repeat the URL as given: it may hold a password or a token.
    """
    raw = master.strip()
    if not raw:
        raise ConfigurationError("the master URL is empty: set DET_MASTER or pass master=")
    if "://" not in raw:
        raw = "http://" + raw
    scheme, _, rest = raw.partition("://")
    netloc = re.split(r"[/?#]", rest, maxsplit=1)[0]
    if "@" in netloc:
        raise ConfigurationError(
            "the master URL must not embed credentials: use DET_USER/DET_PASS or "
            "username=/password= instead"
        )
    if scheme.lower() not in ("http", "https"):
        raise ConfigurationError(
            f"unsupported scheme {scheme[:10]!r} in the master URL: use http:// or https://"
        )
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError:
        raise ConfigurationError(
            f"the master URL for {netloc.rsplit(':', 1)[0][:100]!r} has an invalid host or port"
        ) from None
    host = parts.hostname or ""
    if not host:
        raise ConfigurationError("the master URL has no host")
    if not _HOST.fullmatch(host if ":" not in host else f"[{host}]") or host in ("http", "https"):
        raise ConfigurationError(f"the master URL has an invalid host {host[:100]!r}")
    if parts.query or parts.fragment:
        raise ConfigurationError(f"the master URL for {host!r} must not carry a query or fragment")
    host = f"[{host}]" if ":" in host else host
    netloc = host if port is None else f"{host}:{port}"
    return f"{scheme.lower()}://{netloc}{parts.path.rstrip('/')}"


@functools.cache
def _default_context() -> ssl.SSLContext:
    """httpx's default (certifi) context, built once: loading CAs costs ~50 ms a time."""
    return httpx.create_ssl_context()


def tls_verify(cert_file: str | None) -> bool | ssl.SSLContext:
    """``noverify`` turns checking off; a path is a CA bundle; None uses default CAs."""
    if cert_file is None or cert_file == "":
        return _default_context()
    if cert_file == "noverify":
        log.warning("TLS certificate verification is OFF (noverify): use a CA bundle instead")
        return False
    try:
        return ssl.create_default_context(cafile=cert_file)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigurationError(
            f"cannot load the CA bundle {cert_file!r} (DET_MASTER_CERT_FILE): {exc}"
        ) from None


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
