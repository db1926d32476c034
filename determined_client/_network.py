"""Network settings from the environment: CA bundles and proxies, read per session.

A session builds its own httpx transports (to wrap them in retries), and httpx reads the
environment only for transports it builds itself. So the session reads the same variables
here and hands httpx the result through its public API: an ``ssl.SSLContext`` for
``verify=`` and proxy transports as ``mounts=``, keyed by httpx's documented URL patterns,
so httpx's own pattern matching routes each request exactly as plain httpx would.

Proxies: ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` (either case), as
httpx reads them: via ``urllib.request.getproxies()`` (which on macOS and Windows also falls
back on the system settings) and with httpx's NO_PROXY rules (``*`` disables proxies;
``example.com`` covers it and its subdomains, ``.example.com`` only the subdomains; IP
addresses and ``localhost`` match exactly). The translation mirrors httpx's private
``httpx._utils.get_environment_proxies``; a test compares the two on many inputs, so a
change in httpx shows up as a failing test rather than silently.

CA bundles, first found wins: the session's ``cert_file`` / ``DET_MASTER_CERT_FILE``; then
``SSL_CERT_FILE`` and ``SSL_CERT_DIR`` (what httpx reads); then ``REQUESTS_CA_BUNDLE`` and
``CURL_CA_BUNDLE`` (what requests, and so the official CLI, reads); else certifi's bundle.
"""

from __future__ import annotations

import functools
import ipaddress
import logging
import os
import ssl
import urllib.request
from collections.abc import Mapping

import httpx

from ._exceptions import ConfigurationError

log = logging.getLogger("determined_client")
CA_VARIABLES = ("SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")
_PROXY_VARIABLE = {"http": "HTTP_PROXY", "https": "HTTPS_PROXY", "all": "ALL_PROXY"}


@functools.cache
def _default_context() -> ssl.SSLContext:
    """httpx's default (certifi) context, built once: loading CAs costs ~50 ms a time."""
    return httpx.create_ssl_context(trust_env=False)


def _load(path: str, source: str) -> ssl.SSLContext:
    try:
        st = os.stat(path)
        return _context(path, os.path.isdir(path), (st.st_ino, st.st_size, st.st_mtime_ns))
    except (OSError, ssl.SSLError) as exc:
        raise ConfigurationError(f"cannot load the CA bundle {path!r} ({source}): {exc}") from None


@functools.lru_cache(maxsize=16)
def _context(path: str, is_dir: bool, version: tuple[int, int, int]) -> ssl.SSLContext:
    """One context per bundle file and version (loading one costs ~50 ms); a file that is
    replaced or rewritten has another version, so it is read again."""
    if is_dir:
        return ssl.create_default_context(capath=path)
    return ssl.create_default_context(cafile=path)


def tls_verify(
    cert_file: str | None, env: Mapping[str, str] | None = None
) -> bool | ssl.SSLContext:
    """The ``verify=`` for the master's transports.

    ``cert_file`` is the session's argument or ``DET_MASTER_CERT_FILE``: ``noverify`` (any
    case, as the official CLI) turns checking off, a path is a CA bundle and wins over the
    CA variables. A bundle that cannot be loaded is a ConfigurationError naming its source.
    """
    env = os.environ if env is None else env
    if cert_file:
        if cert_file.lower() == "noverify":
            log.warning("TLS certificate verification is OFF (noverify): use a CA bundle instead")
            return False
        return _load(cert_file, "DET_MASTER_CERT_FILE or cert_file=")
    for var in CA_VARIABLES:
        if env.get(var):
            return _load(env[var], var)
    return _default_context()


def environment_proxies() -> dict[str, str | None]:
    """httpx mount patterns -> proxy URL (None: go direct), from the environment."""
    found = urllib.request.getproxies()
    routes: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        if found.get(scheme):
            url = found[scheme]
            routes[f"{scheme}://"] = url if "://" in url else f"http://{url}"
    for host in (h.strip() for h in found.get("no", "").split(",")):
        if host == "*":
            return {}
        if not host:
            continue
        if "://" in host:
            routes[host] = None
        elif _is_ip(host, ipaddress.IPv4Address) or host.lower() == "localhost":
            routes[f"all://{host}"] = None
        elif _is_ip(host, ipaddress.IPv6Address):
            routes[f"all://[{host}]"] = None
        else:
            routes[f"all://*{host}"] = None
    return routes


def _is_ip(host: str, kind: type[ipaddress.IPv4Address | ipaddress.IPv6Address]) -> bool:
    try:
        kind(host.split("/")[0])
    except ValueError:
        return False
    return True


def _safe(url: str) -> str:
    """A proxy URL without its userinfo (proxy URLs often carry a password)."""
    try:
        parsed = httpx.URL(url)
        return str(parsed.copy_with(username=None, password=None, query=None, fragment=None))
    except Exception:  # an unparseable URL: say nothing of it
        return "<unparseable URL>"


def proxy_error(pattern: str, url: str, exc: Exception) -> ConfigurationError:
    """A proxy from the environment that httpx cannot use, named without its secrets."""
    var = _PROXY_VARIABLE.get(pattern.removesuffix("://"), "the proxy variables")
    why = "needs the socksio package" if isinstance(exc, ImportError) else "is not usable"
    return ConfigurationError(
        f"the proxy {_safe(url)} from {var} {why} (httpx supports http, https and "
        "socks5 proxies; unset the variable or set NO_PROXY for the master)"
    )


def sync_proxy_mounts(
    verify: bool | ssl.SSLContext, limits: httpx.Limits
) -> dict[str, httpx.BaseTransport | None]:
    """One proxy transport per environment route (None: the session's direct transport)."""
    mounts: dict[str, httpx.BaseTransport | None] = {}
    for pattern, url in environment_proxies().items():
        try:
            mounts[pattern] = (
                None
                if url is None
                else httpx.HTTPTransport(verify=verify, limits=limits, proxy=url)
            )
        except (ImportError, ValueError, httpx.InvalidURL) as exc:
            raise proxy_error(pattern, url or "", exc) from None
    return mounts


def async_proxy_mounts(
    verify: bool | ssl.SSLContext, limits: httpx.Limits
) -> dict[str, httpx.AsyncBaseTransport | None]:
    """The asyncio twin of ``sync_proxy_mounts``."""
    mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
    for pattern, url in environment_proxies().items():
        try:
            mounts[pattern] = (
                None
                if url is None
                else httpx.AsyncHTTPTransport(verify=verify, limits=limits, proxy=url)
            )
        except (ImportError, ValueError, httpx.InvalidURL) as exc:
            raise proxy_error(pattern, url or "", exc) from None
    return mounts
