"""Proxy variables are honoured per session, as plain httpx honours them: a real loopback proxy.

The master is named ``det.example.test``, a name that does not resolve: only the proxy knows
where it is (its name map points at the master's loopback port), so a session that answers
at all went through the proxy, and the proxy's log says which requests it carried.
"""

from __future__ import annotations

import importlib.util
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme

from determined_api.api.experiments import archive_experiment, get_experiment
from determined_api.api.users import get_me
from determined_client import (
    APIResponseValidationError,
    AsyncSession,
    ConfigurationError,
    Session,
)

from ._support import TEST_PASSWORD, TEST_USER, LeakGuard, fast_policy, raises
from .faulty_master import FaultyMaster
from .loopback_proxy import LoopbackProxy

NAME = "det.example.test"
PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


def creds(**kw: Any) -> dict[str, Any]:
    return {"username": TEST_USER, "password": TEST_PASSWORD, "retry": fast_policy(0), **kw}


@pytest.fixture(autouse=True)
def no_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start from no proxy variables at all (the suite's NO_PROXY included)."""
    for var in PROXY_VARS:
        monkeypatch.delenv(var, raising=False)
        monkeypatch.delenv(var.lower(), raising=False)


@pytest.fixture
def named_tls_master(tls_ca: Any, leaks: LeakGuard) -> Iterator[FaultyMaster]:
    """An HTTPS master whose certificate names det.example.test (trustme CA)."""
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls_ca.issue_cert(NAME).configure_cert(ctx)
    m = FaultyMaster(username=TEST_USER, password=TEST_PASSWORD, ssl_context=ctx)
    leaks.masters.append(m)
    with m:
        yield m


def proxy_for(master: FaultyMaster) -> LoopbackProxy:
    return LoopbackProxy({f"{NAME}:{master.port}": master.port})


# ---------------------------------------------------------------- forward proxy (http)
@pytest.mark.parametrize("var", ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"])
def test_http_master_is_reached_through_the_proxy(
    master: FaultyMaster, monkeypatch: pytest.MonkeyPatch, var: str
) -> None:
    url = f"http://{NAME}:{master.port}"
    with proxy_for(master) as proxy:
        monkeypatch.setenv(var, proxy.url)
        with Session(url, **creds()) as s:
            assert s.call(get_me).user.username == TEST_USER
            s.logout()
        assert ("POST", f"{url}/api/v1/auth/login") in proxy.seen
        assert ("GET", f"{url}/api/v1/me") in proxy.seen
        assert ("POST", f"{url}/api/v1/auth/logout") in proxy.seen
        carried = len(proxy.seen)
        assert httpx.get(f"{url}/api/v1/master").status_code == 200  # plain httpx: the same
        assert len(proxy.seen) == carried + 1


async def test_async_session_goes_through_the_proxy(
    master: FaultyMaster, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"http://{NAME}:{master.port}"
    with proxy_for(master) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        async with AsyncSession(url, **creds()) as s:
            assert (await s.call(get_me)).user.username == TEST_USER
        assert ("GET", f"{url}/api/v1/me") in proxy.seen


def test_copies_of_the_client_use_the_proxy_too(
    master: FaultyMaster, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"http://{NAME}:{master.port}"
    with proxy_for(master) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        with Session(url, **creds()) as s:
            copy = s.client.with_headers({"X-Trace": "1"})
            got = get_experiment.sync(client=copy, experiment_id=1)
            assert got is not None and got.experiment.id == 1
        assert ("GET", f"{url}/api/v1/experiments/1") in proxy.seen


def test_retries_apply_to_requests_through_the_proxy(
    master: FaultyMaster, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"http://{NAME}:{master.port}"
    master.inject("retry-after-503", times=1, path="/api/v1/me")
    with proxy_for(master) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        with Session(url, **creds(retry=fast_policy(2, retry_after_cap=0.01))) as s:
            assert s.call(get_me).user.username == TEST_USER
        assert proxy.seen.count(("GET", f"{url}/api/v1/me")) == 2


# ---------------------------------------------------------------- CONNECT (https)
@pytest.mark.parametrize("var", ["HTTPS_PROXY", "https_proxy", "ALL_PROXY"])
def test_https_master_is_tunnelled_through_the_proxy(
    named_tls_master: FaultyMaster,
    ca_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    var: str,
) -> None:
    url = f"https://{NAME}:{named_tls_master.port}"
    with proxy_for(named_tls_master) as proxy:
        monkeypatch.setenv(var, proxy.url)
        with Session(url, **creds(cert_file=str(ca_file))) as s:
            assert s.call(get_me).user.username == TEST_USER
        assert proxy.seen and set(proxy.seen) == {("CONNECT", f"{NAME}:{named_tls_master.port}")}
    assert named_tls_master.logins == 1


def test_http_proxy_alone_leaves_an_https_master_direct(
    tls_master: FaultyMaster, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HTTP_PROXY is for http:// URLs only, as in httpx (and curl, requests)."""
    with LoopbackProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        with Session(tls_master.url, **creds(cert_file=str(ca_file))) as s:
            s.call(get_me)
        assert proxy.seen == []


# ---------------------------------------------------------------- NO_PROXY
@pytest.mark.parametrize(
    "no_proxy",
    ["127.0.0.1", "*", "det.example.test, 127.0.0.1", "example.org,*", "all://127.0.0.1"],
)
def test_no_proxy_sends_the_master_direct(
    master: FaultyMaster, monkeypatch: pytest.MonkeyPatch, no_proxy: str
) -> None:
    with LoopbackProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", no_proxy)
        with Session(master.url, **creds()) as s:
            s.call(get_me)
        assert proxy.seen == []
        assert httpx.get(f"{master.url}/api/v1/master").status_code == 200  # httpx agrees
        assert proxy.seen == []


@pytest.mark.parametrize("no_proxy", ["127.0.0.2", "other.test", "http://127.0.0.2"])
def test_no_proxy_for_other_hosts_keeps_the_proxy(
    master: FaultyMaster, monkeypatch: pytest.MonkeyPatch, no_proxy: str
) -> None:
    url = f"http://{NAME}:{master.port}"
    with proxy_for(master) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", no_proxy)
        with Session(url, **creds()) as s:
            s.call(get_me)
        assert ("GET", f"{url}/api/v1/me") in proxy.seen


def test_an_injected_transport_ignores_the_proxy_variables(
    master: FaultyMaster, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As in httpx: a transport given explicitly is used as it is."""
    with LoopbackProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        with Session(master.url, transport=httpx.HTTPTransport(), **creds()) as s:
            s.call(get_me)
        assert proxy.seen == []


# ---------------------------------------------------------------- a proxy's own answers
SIGN_IN = b"<html><body><h1>Sign in to the corporate network</h1></body></html>"
SIGN_IN_ANSWER = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
    b"Content-Length: " + str(len(SIGN_IN)).encode() + b"\r\nConnection: close\r\n\r\n" + SIGN_IN
)


def test_a_proxys_sign_in_page_is_never_success(
    master: FaultyMaster, monkeypatch: pytest.MonkeyPatch, leaks: LeakGuard
) -> None:
    """The issue's case: archive through a proxy that answers 200 with its own page."""
    url = f"http://{NAME}:{master.port}"
    with proxy_for(master) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        proxy.answer = SIGN_IN_ANSWER
        with Session(url, **creds()) as s:
            with raises(leaks, APIResponseValidationError) as login:  # the session's own call
                s.login()
            proxy.answer = None
            s.login()
            proxy.answer = SIGN_IN_ANSWER
            with raises(leaks, APIResponseValidationError) as archive:
                s.call(archive_experiment, experiment_id=42)
            with raises(leaks, APIResponseValidationError) as logout:
                s.logout()
            proxy.answer = None
            s.logout()  # the session kept its token, so logout can be tried again
    for err in (login.value, archive.value, logout.value):
        assert err.status_code == 200
        assert isinstance(err.body, str) and "Sign in to the corporate network" in err.body
        assert "is not JSON (text/html" in str(err)
    assert archive.value.method == "POST" and archive.value.url.endswith("/42/archive")
    assert master.archived == [] and master.logouts == 1


# ---------------------------------------------------------------- unusable settings
def test_an_unusable_proxy_is_a_configuration_error_without_its_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "ftp://proxyuser:hunter2@proxy.example.test:21")
    with pytest.raises(ConfigurationError) as info:
        Session("https://det.example.test", token="t", cache=False)
    assert "HTTPS_PROXY" in str(info.value) and "hunter2" not in str(info.value)


@pytest.mark.skipif(
    importlib.util.find_spec("socksio") is not None, reason="socksio installed: SOCKS works"
)
def test_a_socks_proxy_without_socksio_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ALL_PROXY", "socks5://127.0.0.1:1080")
    with pytest.raises(ConfigurationError, match=r"ALL_PROXY.*socksio"):
        Session("https://det.example.test", token="t", cache=False)


# ---------------------------------------------------------------- CA bundle variables
def hashed_dir(tmp_path: Path, ca_file: Path) -> Path:
    """An OpenSSL CA directory (``<subject hash>.0`` names), as SSL_CERT_DIR wants."""
    d = tmp_path / "certs"
    d.mkdir()
    (d / "ca.pem").write_bytes(ca_file.read_bytes())
    subprocess.run(["openssl", "rehash", str(d)], check=True, capture_output=True)
    return d


@pytest.mark.parametrize(
    "var", ["SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"]
)
def test_ca_variables_trust_the_master(
    tls_master: FaultyMaster,
    ca_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    var: str,
) -> None:
    with Session(tls_master.url, **creds()) as s, pytest.raises(Exception, match="CERTIFICATE"):
        s.call(get_me)  # no CA variable: the trustme CA is unknown
    where = hashed_dir(tmp_path, ca_file) if var == "SSL_CERT_DIR" else ca_file
    monkeypatch.setenv(var, str(where))
    with Session(tls_master.url, **creds()) as s:
        assert s.call(get_me).user.username == TEST_USER
    if var in ("SSL_CERT_FILE", "SSL_CERT_DIR"):  # what plain httpx reads: it agrees
        assert httpx.get(f"{tls_master.url}/api/v1/master").status_code == 200


def test_requests_ca_bundle_may_be_a_directory(
    tls_master: FaultyMaster, ca_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(hashed_dir(tmp_path, ca_file)))
    with Session(tls_master.url, **creds()) as s:
        s.call(get_me)


def other_ca_file(tmp_path: Path) -> Path:
    path = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(path))
    return path


def test_cert_file_wins_over_the_ca_variables(
    tls_master: FaultyMaster, ca_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = other_ca_file(tmp_path)
    for var in ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE"):
        monkeypatch.setenv(var, str(ca_file))
    monkeypatch.setenv("DET_MASTER_CERT_FILE", str(wrong))
    with Session(tls_master.url, **creds()) as s, pytest.raises(Exception, match="CERTIFICATE"):
        s.call(get_me)
    for var in ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE"):
        monkeypatch.setenv(var, str(wrong))
    with Session(tls_master.url, **creds(cert_file=str(ca_file))) as s:
        s.call(get_me)
    monkeypatch.setenv("DET_MASTER_CERT_FILE", str(ca_file))
    with Session(tls_master.url, **creds()) as s:
        s.call(get_me)


def test_httpx_variables_come_before_the_requests_ones(
    tls_master: FaultyMaster, ca_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca_file))
    monkeypatch.setenv("SSL_CERT_FILE", str(other_ca_file(tmp_path)))
    with Session(tls_master.url, **creds()) as s, pytest.raises(Exception, match="CERTIFICATE"):
        s.call(get_me)


@pytest.mark.parametrize("var", ["SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"])
def test_a_missing_bundle_names_its_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, var: str
) -> None:
    monkeypatch.setenv(var, str(tmp_path / "missing.pem"))
    with pytest.raises(ConfigurationError, match=var):
        Session("https://det.example.test", token="t", cache=False)


def test_noverify_in_any_case_as_the_official_cli(
    tls_master: FaultyMaster, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DET_MASTER_CERT_FILE", "NoVerify")
    with Session(tls_master.url, **creds()) as s:
        s.call(get_me)
