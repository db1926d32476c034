"""The one canonical form of a master URL, the official CLI's, used for every request and
as the token caches' key (ours and the CLI's ``auth.json``).

``determined.common.api.canonicalize_master_url`` (determined 0.38.1) defines it: an explicit
scheme and port, a lowercase host, no trailing slash, no userinfo, query or fragment. A bare
``host`` or ``host:port`` means http, and a bare host means the master's port 8080; an
explicit ``http://`` or ``https://`` without a port means 80 or 443. Where the official
function mangles an input, this module rejects it or reads it as a URL means (see
``canonicalize_master``); every other input gets exactly the official answer.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from ._exceptions import ConfigurationError

DEFAULT_MASTER = "http://localhost:8080"
_DEFAULT_PORT = {"http": 80, "https": 443}
_BARE_HOST_PORT = 8080  # the master's own default port, as the official CLI assumes
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")
_HOST = re.compile(r"[a-z0-9._-]+|\[[0-9a-f:.]+\]")


def master_from_env(env: Mapping[str, str] | None = None) -> str:
    """``DET_MASTER``, else ``DET_MASTER_ADDR`` (as the official CLI), else localhost:8080."""
    env = os.environ if env is None else env
    return env.get("DET_MASTER") or env.get("DET_MASTER_ADDR") or DEFAULT_MASTER


def canonicalize_master(master: str) -> str:
    """The canonical master URL: ``scheme://host:port[/path]``. Raises ConfigurationError.

    Beyond the official function (which it matches for every input it handles sanely):
    surrounding whitespace is ignored; the scheme is case-insensitive (the official one
    turns ``HTTPS://h`` into ``http://http:8080//h``); only http and https are allowed; an
    IPv6 host keeps its brackets (``http://[::1]:8080``; the official one drops them, which
    no client can connect to); port 0 is rejected (the official one silently uses the
    default port). Messages never repeat the URL as given: it may hold a password or token.
    """
    raw = master.strip()
    if not raw:
        raise ConfigurationError("the master URL is empty: set DET_MASTER or pass master=")
    found = _SCHEME.match(raw)
    if found is None:
        scheme, rest, default_port = "http", raw, _BARE_HOST_PORT
    else:
        scheme, rest = found.group(1).lower(), raw[found.end() :]
        if scheme not in _DEFAULT_PORT:
            raise ConfigurationError(
                f"unsupported scheme {scheme[:10]!r} in the master URL: use http:// or https://"
            )
        default_port = _DEFAULT_PORT[scheme]
    netloc = re.split(r"[/?#]", rest, maxsplit=1)[0]
    if "@" in netloc:
        raise ConfigurationError(
            "the master URL must not embed credentials: use DET_USER/DET_PASS or "
            "username=/password= instead"
        )
    try:
        parts = urlsplit(f"{scheme}://{rest}")
        port = parts.port
    except ValueError:
        raise ConfigurationError(
            f"the master URL for {netloc.rsplit(':', 1)[0][:100]!r} has an invalid host or port"
        ) from None
    host = parts.hostname or ""  # lowercased by urlsplit
    if not host:
        raise ConfigurationError("the master URL has no host")
    bracketed = f"[{host}]" if ":" in host else host
    if not _HOST.fullmatch(bracketed) or host in _DEFAULT_PORT:
        raise ConfigurationError(f"the master URL has an invalid host {host[:100]!r}")
    if parts.query or parts.fragment:
        raise ConfigurationError(f"the master URL for {host!r} must not carry a query or fragment")
    if port == 0:
        raise ConfigurationError(f"the master URL for {host!r} has port 0")
    return f"{scheme}://{bracketed}:{port or default_port}{parts.path.rstrip('/')}"
