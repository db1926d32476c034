"""One canonical master URL, the official CLI's, for requests and both token caches' keys.

Reference vectors come from the official ``canonicalize_master_url`` itself (read from the
determined 0.38.1 wheel); where it mangles an input, the expected value is written out and
the reason given.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from determined_api.api.users import get_me
from determined_client import ConfigurationError, Session, TokenCache
from determined_client._master_url import canonicalize_master

from ..oracle import OfficialSDK
from .conftest import FakeMaster

# Inputs the official function handles sanely: ours must give exactly its answer.
SAME_AS_OFFICIAL = [
    "det.example.test",  # the issue's case: a bare host is the master's port 8080
    "det.example.test:8080",
    "det.example.test:443",  # a bare host:port is http whatever the port
    "localhost",
    "127.0.0.1",
    "10.0.0.1:9000",
    "http://h",
    "https://h",
    "http://h:8080",
    "https://h:443",
    "https://h:8443",
    "http://h:80",
    "http://h:65535",
    "http://h:08080",
    "http://h:",
    "h:",
    "http://h/",
    "http://h//",
    "https://h:8443/",
    "http://h/det",
    "http://h/det/",
    "h/det//",
    "http://h/a/b/",
    "http://h/Case/Kept/",
    "http://DET.Example.TEST",
    "DET.Example.TEST:8080/Path/",
    "https://det-1.example_test.io:1/x",
    "http://h?",
    "http://h#",
]


@pytest.fixture(scope="module")
def official_canonicalize(official: OfficialSDK) -> Callable[[str], str]:
    return official.canonicalize_master_url()


@pytest.mark.parametrize("raw", SAME_AS_OFFICIAL)
def test_same_as_the_official_cli(official_canonicalize: Callable[[str], str], raw: str) -> None:
    assert canonicalize_master(raw) == official_canonicalize(raw)


def test_the_canonical_form_is_a_fixed_point(official_canonicalize: Callable[[str], str]) -> None:
    for raw in SAME_AS_OFFICIAL:
        once = canonicalize_master(raw)
        assert canonicalize_master(once) == once == official_canonicalize(once)


@pytest.mark.parametrize(
    ("raw", "want", "official_gives"),
    [
        # A scheme is case-insensitive (RFC 3986); the official function prepends http://.
        ("HTTPS://H", "https://h:443", "http://https:8080//H"),
        ("Http://h:9", "http://h:9", "http://http:8080//h:9"),
        # IPv6 keeps its brackets; the official form drops them (no client can use it).
        ("[::1]", "http://[::1]:8080", "http://::1:8080"),
        ("http://[::1]:8080/", "http://[::1]:8080", "http://::1:8080"),
        ("https://[FE80::1]", "https://[fe80::1]:443", "https://fe80::1:443"),
        # Surrounding whitespace (a copy-pasted DET_MASTER) is ignored.
        ("  http://h:8080\n", "http://h:8080", "http:// http:8080//h:8080\n"),
    ],
)
def test_where_the_official_function_mangles_the_url(
    official_canonicalize: Callable[[str], str], raw: str, want: str, official_gives: str
) -> None:
    assert canonicalize_master(raw) == want
    if raw.strip() == raw or "\n" not in raw:
        assert official_canonicalize(raw) == official_gives


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("http://user:pw@h:8080", "credentials"),
        ("http://user@h", "credentials"),
        ("user:pw@h", "credentials"),
        ("http://h?x=1", "query or fragment"),
        ("http://h#frag", "query or fragment"),
        ("http://h:65536", "invalid host or port"),
        ("http://h:-1", "invalid host or port"),
        ("http://h:0", "port 0"),  # the official function silently uses the default port
        ("ftp://h", "unsupported scheme"),  # the official one makes http://ftp:8080//h
        ("ws://h:8080", "unsupported scheme"),
        ("http://", "no host"),
        ("http:///path", "no host"),
        ("", "empty"),
        ("   ", "empty"),
        ("http://exa mple", "invalid host"),
    ],
)
def test_rejected_before_any_io(raw: str, words: str) -> None:
    with pytest.raises(ConfigurationError, match=words):
        canonicalize_master(raw)


@pytest.mark.parametrize(
    ("master", "origin"),
    [
        ("det.example.test", ("http", "det.example.test", 8080)),
        ("det.example.test:9090", ("http", "det.example.test", 9090)),
        ("http://det.example.test", ("http", "det.example.test", 80)),
        ("https://det.example.test", ("https", "det.example.test", 443)),
        ("HTTPS://DET.example.test:8443/", ("https", "det.example.test", 8443)),
        ("[::1]", ("http", "::1", 8080)),
    ],
)
def test_requests_go_to_the_canonical_origin(master: str, origin: tuple[str, str, int]) -> None:
    """The issue's case: a bare host used to be sent to port 80."""
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={})

    s = Session(master, token="t", cache=False, transport=httpx.MockTransport(handler))
    s.client.get_httpx_client().get("/api/v1/me")
    url = seen[0]
    default = {"http": 80, "https": 443}[url.scheme]
    assert (url.scheme, url.host, url.port or default) == origin
    assert url.path == "/api/v1/me"


def test_a_path_prefix_is_kept() -> None:
    seen: list[str] = []
    transport = httpx.MockTransport(
        lambda r: seen.append(str(r.url)) or httpx.Response(200, json={})
    )
    s = Session("https://h/det/", token="t", cache=False, transport=transport)
    assert s.master == "https://h:443/det"
    s.client.get_httpx_client().get("/api/v1/master")
    assert seen == ["https://h/det/api/v1/master"]


def test_det_master_addr_is_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DET_MASTER_ADDR", "det.example.test")
    assert Session(token="t", cache=False).master == "http://det.example.test:8080"
    monkeypatch.setenv("DET_MASTER", "https://other.test")
    assert Session(token="t", cache=False).master == "https://other.test:443"


# ---------------------------------------------------------------- token cache keys
def test_our_cache_is_keyed_by_the_canonical_url(master: FakeMaster, isolated_env: Path) -> None:
    kw = {"transport": master.transport(), "username": "alice", "password": "secret"}
    Session("det.example.test", **kw).login()
    data = json.loads((isolated_env / "determined-client" / "tokens.json").read_text())
    assert list(data["masters"]) == ["http://det.example.test:8080"]
    # every spelling of that master finds the token: no second login
    for spelling in ("http://det.example.test:8080/", "DET.EXAMPLE.TEST:8080", "det.example.test"):
        Session(spelling, **kw).call(get_me)
    assert master.logins == 1
    Session("http://det.example.test", **kw).call(get_me)  # port 80: another master
    assert master.logins == 2


@pytest.mark.parametrize(
    ("key", "master_url"),
    [
        ("http://det.example.test:8080", "det.example.test"),
        ("https://det.example.test:443", "https://det.example.test/"),
        ("http://det.example.test:80", "http://DET.example.test/"),
    ],
)
def test_the_official_auth_json_is_found_under_the_clis_key(
    master: FakeMaster, isolated_env: Path, key: str, master_url: str
) -> None:
    """The CLI writes auth.json under its canonical URL; `det user login` is reused."""
    token = master.issue()
    official = isolated_env / "determined" / "auth.json"
    official.parent.mkdir(parents=True)
    store = {"version": 2, "masters": {key: {"active_user": "bob", "tokens": {"bob": token}}}}
    official.write_text(json.dumps(store))
    s = Session(master_url, transport=master.transport())
    assert s.username == "bob"
    s.call(get_me)
    assert master.requests[-1].headers["Authorization"] == f"Bearer {token}"
    assert json.loads(official.read_text()) == store  # read, never written


def test_keys_in_other_spellings_are_found_and_folded_in(tmp_path: Path) -> None:
    cache = TokenCache(tmp_path, read_official=False)
    old = {
        "version": 2,
        "masters": {
            "https://det.example.test": {"active_user": "bob", "tokens": {"bob": "t-bob"}},
            "https://det.example.test:443/": {"active_user": None, "tokens": {"eve": "t-eve"}},
            "http://other.test:8080": {"active_user": "x", "tokens": {"x": "t-x"}},
        },
    }
    (tmp_path / "tokens.json").write_text(json.dumps(old))
    canonical = "https://det.example.test:443"
    assert cache.get(canonical, "bob") == ("bob", "t-bob")
    assert cache.get(canonical, "eve") == ("eve", "t-eve")
    assert cache.get(canonical, None) == ("bob", "t-bob")
    cache.put(canonical, "alice", "t-alice")
    data = json.loads((tmp_path / "tokens.json").read_text())
    assert set(data["masters"]) == {canonical, "http://other.test:8080"}
    assert data["masters"][canonical] == {
        "active_user": "alice",
        "tokens": {"bob": "t-bob", "eve": "t-eve", "alice": "t-alice"},
    }
    cache.remove(canonical, "bob")
    assert cache.get(canonical, "bob") is None  # no stale copy left under an old spelling
