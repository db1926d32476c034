"""Proxy routes from the environment match plain httpx's, and which one a URL takes.

``httpx._utils.get_environment_proxies`` is private, so the package does not call it; it is
the oracle here, so that a change in httpx's rules fails this test instead of drifting.
"""

from __future__ import annotations

import httpx
import pytest
from httpx._utils import get_environment_proxies

from determined_client import ConfigurationError, Session
from determined_client._network import environment_proxies

SETTINGS = [
    {},
    {"HTTP_PROXY": "http://127.0.0.1:3128"},
    {"http_proxy": "127.0.0.1:3128"},  # no scheme: http
    {"HTTPS_PROXY": "https://proxy.test:443", "HTTP_PROXY": "http://proxy.test:80"},
    {"ALL_PROXY": "socks5://proxy.test:1080"},
    {"all_proxy": "http://u:p@proxy.test:3128", "NO_PROXY": "localhost"},
    {"HTTP_PROXY": "http://p:1", "NO_PROXY": "*"},
    {"HTTP_PROXY": "http://p:1", "NO_PROXY": "example.com,.example.org"},
    {"HTTP_PROXY": "http://p:1", "NO_PROXY": " 10.0.0.1 , ::1,192.168.0.0/16,, "},
    {"HTTP_PROXY": "http://p:1", "NO_PROXY": "http://direct.test,det.example.test:8080"},
    {"HTTP_PROXY": "http://p:1", "NO_PROXY": "example.com,*"},
    {"HTTPS_PROXY": "http://p:1", "no_proxy": "LOCALHOST,Det.Example.Test"},
]
ALL_VARS = [
    *(f"{n}_PROXY" for n in ("HTTP", "HTTPS", "ALL", "NO")),
    *(f"{n}_proxy" for n in ("http", "https", "all", "no")),
    "REQUEST_METHOD",
]


@pytest.mark.parametrize("env", SETTINGS, ids=lambda e: ",".join(f"{k}={v}" for k, v in e.items()))
def test_routes_are_httpx_own(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> None:
    for var in ALL_VARS:
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert environment_proxies() == get_environment_proxies()


@pytest.mark.parametrize(
    ("no_proxy", "url", "proxied"),
    [
        ("example.com", "http://example.com:8080", False),
        ("example.com", "http://det.example.com:8080", False),
        ("example.com", "http://notexample.com:8080", True),
        (".example.com", "http://example.com:8080", True),  # httpx: subdomains only
        (".example.com", "http://det.example.com:8080", False),
        ("10.0.0.1", "http://10.0.0.1:8080", False),
        ("10.0.0.1", "http://10.0.0.10:8080", True),
        ("::1", "http://[::1]:8080", False),
        ("http://det.test", "http://det.test:8080", False),
        ("http://det.test", "https://det.test:443", True),
        ("*", "https://anything.test:443", False),
    ],
)
def test_which_masters_go_through_the_proxy(
    monkeypatch: pytest.MonkeyPatch, no_proxy: str, url: str, proxied: bool
) -> None:
    """The session's routing equals a plain httpx.Client's for the master URL."""
    for var in ALL_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:3128")
    monkeypatch.setenv("NO_PROXY", no_proxy)
    s = Session(url, token="t", cache=False)
    plain = httpx.Client()
    target = httpx.URL(url + "/api/v1/me")
    session_route = s._http._transport_for_url(target)
    plain_route = plain._transport_for_url(target)
    assert (session_route is not s._routes.transport) == proxied
    assert (plain_route is not plain._transport) == proxied


def test_proxy_url_with_an_unknown_scheme_names_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for var in ALL_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HTTP_PROXY", "gopher://user:s3cret@proxy.test:70")
    with pytest.raises(ConfigurationError) as info:
        Session("det.test", token="t", cache=False)
    assert "HTTP_PROXY" in str(info.value) and "s3cret" not in str(info.value)
    assert "gopher://proxy.test:70" in str(info.value)
