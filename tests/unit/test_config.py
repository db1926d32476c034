"""Configuration: URL checks, env precedence, password hashing, all before any I/O."""

from __future__ import annotations

import ssl
from pathlib import Path

import httpx
import pytest
import trustme

from determined_client import ConfigurationError, Session, hash_password
from determined_client._config import resolve_credentials
from determined_client._master_url import canonicalize_master as normalize_master
from determined_client._network import tls_verify

from .conftest import FakeMaster, session_kwargs

VECTOR = (
    "112ded61f568879685bb7849596d3372f9de8e18733483f25363123bc4aa98eb"
    "7abe69b4c0487140dafce136cc1c5e452cc93748f6ef961e26325bc34717da65"
)


def test_hash_matches_the_official_test_vector() -> None:
    assert hash_password("password") == VECTOR


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("localhost:8080", "http://localhost:8080"),
        ("http://localhost:8080/", "http://localhost:8080"),
        ("HTTPS://Det.Example.com", "https://det.example.com:443"),
        ("https://det.example.com:8443/prefix/", "https://det.example.com:8443/prefix"),
        ("10.0.0.1", "http://10.0.0.1:8080"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ],
)
def test_master_url_normalisation(raw: str, want: str) -> None:
    assert normalize_master(raw) == want


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("http://", "no host"),
        ("ftp://det:21", "unsupported scheme"),
        ("grpc://det:8080", "unsupported scheme"),
        ("http://user:pw@det:8080", "credentials"),
        ("http://user@det:8080", "credentials"),
        ("http://det:notaport", "invalid"),
        ("", "empty"),
    ],
)
def test_bad_master_urls_fail_before_io(raw: str, words: str) -> None:
    calls: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: calls.append(r) or httpx.Response(200))
    with pytest.raises(ConfigurationError, match=words):
        Session(raw, token="t", transport=transport)
    assert calls == []


@pytest.mark.parametrize(
    "raw",
    [
        "http://bob:hunter2@det:8080",
        "http://bob:hunter2@det:80x",  # a bad port must not be checked first and echo it all
        "https://bob:hunter2@[::1",
        "http://det:8080/?token=hunter2",
        "http://det:8080/#hunter2",
    ],
)
def test_secrets_in_a_bad_url_are_not_echoed(raw: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        normalize_master(raw)
    assert "hunter2" not in str(info.value)


@pytest.mark.parametrize("raw", ["http://ho st:8080", "http://a b", "http:/localhost"])
def test_hosts_that_cannot_be_a_master_fail_before_io(raw: str) -> None:
    with pytest.raises(ConfigurationError, match="invalid host"):
        normalize_master(raw)


def test_det_master_env_and_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Session(token="t", cache=False).master == "http://localhost:8080"
    monkeypatch.setenv("DET_MASTER", "det.example.com:9000")
    assert Session(token="t", cache=False).master == "http://det.example.com:9000"
    assert Session("https://other", token="t", cache=False).master == "https://other:443"


def test_missing_credentials_names_the_variables(master: FakeMaster) -> None:
    with pytest.raises(ConfigurationError) as info:
        Session(**session_kwargs(master))
    msg = str(info.value)
    for var in ("DET_USER", "DET_PASS", "DET_USER_TOKEN", "DETERMINED_AI_TOKEN"):
        assert var in msg
    assert master.requests == []


def test_username_without_password_or_cache_is_a_configuration_error(
    master: FakeMaster, monkeypatch: pytest.MonkeyPatch
) -> None:
    # username= given explicitly: the environment is not read, so the message must not
    # send the user to DET_PASS (which would not help) but to password=.
    monkeypatch.setenv("DET_PASS", "secret")
    with pytest.raises(ConfigurationError, match="pass password="):
        Session(**session_kwargs(master, username="alice"))
    monkeypatch.delenv("DET_PASS")
    monkeypatch.setenv("DET_USER", "alice")  # from the environment: DET_PASS is the fix
    with pytest.raises(ConfigurationError, match="set DET_PASS"):
        Session(**session_kwargs(master))


def test_precedence_explicit_over_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DET_USER_TOKEN", "env-token")
    monkeypatch.setenv("DET_USER", "envuser")
    monkeypatch.setenv("DET_PASS", "envpass")
    c = resolve_credentials("alice", "secret", None)
    assert (c.username, c.token, c.password_hash) == ("alice", None, hash_password("secret"))
    assert resolve_credentials(None, None, "explicit").token == "explicit"


def test_precedence_token_vars_then_user_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DET_USER", "bob")
    monkeypatch.setenv("DET_PASS", "pw")
    c = resolve_credentials(None, None, None)
    assert (c.username, c.token, c.source) == ("bob", None, "DET_USER/DET_PASS")
    assert c.password_hash == hash_password("pw")
    monkeypatch.setenv("DETERMINED_AI_TOKEN", "seed")
    assert resolve_credentials(None, None, None).token == "seed"
    monkeypatch.setenv("DET_USER_TOKEN", "user-token")
    c = resolve_credentials(None, None, None)
    assert (c.token, c.source) == ("user-token", "DET_USER_TOKEN")
    assert c.can_login  # DET_USER/DET_PASS ride along for a re-login


def test_empty_password_is_valid(master: FakeMaster) -> None:
    c = resolve_credentials("determined", "", None)
    assert c.password_hash == hash_password("") and c.can_login


def test_password_without_username_rejected() -> None:
    with pytest.raises(ConfigurationError):
        resolve_credentials(None, "pw", None)


def test_cert_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(tls_verify(None), ssl.SSLContext)
    assert tls_verify(None) is tls_verify(None)  # built once
    assert tls_verify("noverify") is False
    with pytest.raises(ConfigurationError, match="CA bundle"):
        tls_verify(str(tmp_path / "missing.pem"))
    monkeypatch.setenv("DET_MASTER_CERT_FILE", str(tmp_path / "missing.pem"))
    with pytest.raises(ConfigurationError, match="DET_MASTER_CERT_FILE"):
        Session(token="t", cache=False)


def test_cert_file_bundle_loads(tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    trustme.CA().cert_pem.write_to_path(str(bundle))
    assert isinstance(tls_verify(str(bundle)), ssl.SSLContext)


def test_env_credentials_end_to_end(master: FakeMaster, monkeypatch: pytest.MonkeyPatch) -> None:
    from determined_api.api.users import get_me

    monkeypatch.setenv("DET_USER", "alice")
    monkeypatch.setenv("DET_PASS", "secret")
    s = Session(**session_kwargs(master, cache=False))
    assert s.username == "alice"
    s.call(get_me)
    assert master.logins == 1
    monkeypatch.setenv("DETERMINED_AI_TOKEN", master.issue())
    s2 = Session(**session_kwargs(master, cache=False))
    s2.call(get_me)
    assert master.logins == 1  # the token variable wins over DET_USER/DET_PASS
    master.tokens.clear()
    s2.call(get_me)  # ...and DET_USER/DET_PASS log in again once it is rejected
    assert master.logins == 2
