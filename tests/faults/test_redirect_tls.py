"""Authorization never crosses to another origin; TLS is verified unless told otherwise."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
import trustme

from determined_api.api.cluster import get_cluster_info
from determined_api.api.experiments import get_experiment
from determined_api.api.users import get_me
from determined_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncSession,
    ConfigurationError,
    DeterminedError,
    Session,
)

from ._support import TEST_PASSWORD, TEST_USER, fast_policy, raises
from .faulty_master import FaultyMaster

EXP = "/api/v1/experiments/1"


def creds(**kw: Any) -> dict[str, Any]:
    return {"username": TEST_USER, "password": TEST_PASSWORD, "retry": fast_policy(0), **kw}


def no_auth_seen(server: FaultyMaster) -> None:
    leaked = [(r.method, r.path) for r in server.requests if "authorization" in r.headers]
    assert leaked == [], f"Authorization sent to another origin: {leaked}"


# ---------------------------------------------------------------- cross-origin redirect
@pytest.mark.fault("cross-origin-redirect")
@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_call_never_sends_authorization_to_another_origin(
    master: FaultyMaster, other_origin: FaultyMaster, status: int
) -> None:
    master.inject("redirect", times=5, path=EXP, status=status, location=other_origin.url + EXP)
    with Session(master.url, **creds()) as s:
        try:
            got = s.call(get_experiment, experiment_id=1)
        except DeterminedError:
            pass  # not following a redirect is fine; raising a typed error is fine
        else:
            assert got.experiment.id == 1
    assert master.requests_to(EXP)[0].authorization  # the master did get the token
    no_auth_seen(other_origin)


@pytest.mark.fault("cross-origin-redirect")
def test_raw_httpx_client_follows_redirect_without_authorization(
    master: FaultyMaster, other_origin: FaultyMaster
) -> None:
    """Even when redirects are followed through the session's own httpx client."""
    master.inject("redirect", times=5, path=EXP, location=other_origin.url + EXP)
    with Session(master.url, **creds()) as s:
        r = s.client.get_httpx_client().get(EXP, follow_redirects=True)
        assert r.status_code == 200
    assert len(other_origin.requests_to(EXP)) >= 1  # the redirect was really followed
    no_auth_seen(other_origin)


@pytest.mark.fault("cross-origin-redirect")
async def test_async_redirect_never_sends_authorization(
    master: FaultyMaster, other_origin: FaultyMaster
) -> None:
    master.inject("redirect", times=5, path=EXP, location=other_origin.url + EXP)
    async with AsyncSession(master.url, **creds()) as s:
        with contextlib.suppress(DeterminedError):
            await s.call(get_experiment, experiment_id=1)
        r = await s.client.get_async_httpx_client().get(EXP, follow_redirects=True)
        assert r.status_code == 200
    assert len(other_origin.requests_to(EXP)) >= 1
    no_auth_seen(other_origin)


@pytest.mark.fault("cross-origin-redirect")
def test_redirect_to_a_401_origin_does_not_resend_the_token_there(
    master: FaultyMaster, other_origin: FaultyMaster
) -> None:
    """The other origin answers 401: a re-login must not carry a token to it either."""
    other_origin.require_auth = True
    master.inject("redirect", times=5, path=EXP, location=other_origin.url + EXP)
    with Session(master.url, **creds()) as s, contextlib.suppress(DeterminedError):
        s.client.get_httpx_client().get(EXP, follow_redirects=True)
    no_auth_seen(other_origin)
    assert other_origin.logins == 0


# ---------------------------------------------------------------- TLS
@pytest.mark.fault("tls-self-signed")
def test_tls_is_verified_by_default(tls_master: FaultyMaster, leaks) -> None:
    with Session(tls_master.url, **creds()) as s, raises(leaks, APIConnectionError) as err:
        s.call(get_me)
    assert not isinstance(err.value, APITimeoutError)
    assert "certificate" in str(err.value).lower() or "ssl" in str(err.value).lower()
    assert tls_master.requests == []  # nothing, not even the login, went over it
    assert tls_master.logins == 0


@pytest.mark.fault("tls-self-signed")
def test_tls_unauthenticated_route_is_verified_too(tls_master: FaultyMaster, leaks) -> None:
    with Session(tls_master.url, **creds()) as s, raises(leaks, APIConnectionError):
        s.call(get_cluster_info)
    assert tls_master.requests == []


@pytest.mark.fault("tls-self-signed")
async def test_async_tls_is_verified_by_default(tls_master: FaultyMaster, leaks) -> None:
    async with AsyncSession(tls_master.url, **creds()) as s:
        with raises(leaks, APIConnectionError):
            await s.call(get_me)
    assert tls_master.requests == []


@pytest.mark.fault("tls-self-signed")
def test_tls_with_the_ca_file_works(tls_master: FaultyMaster, ca_file: Path) -> None:
    with Session(tls_master.url, cert_file=str(ca_file), **creds()) as s:
        assert s.call(get_me).user.username == TEST_USER
    assert tls_master.logins == 1


@pytest.mark.fault("tls-self-signed")
async def test_async_tls_with_the_ca_file_works(tls_master: FaultyMaster, ca_file: Path) -> None:
    async with AsyncSession(tls_master.url, cert_file=str(ca_file), **creds()) as s:
        assert (await s.call(get_me)).user.username == TEST_USER


@pytest.mark.fault("tls-self-signed")
def test_tls_with_det_master_cert_file_works(
    tls_master: FaultyMaster, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DET_MASTER_CERT_FILE", str(ca_file))
    with Session(tls_master.url, **creds()) as s:
        assert s.call(get_me).user.username == TEST_USER


@pytest.mark.fault("tls-self-signed")
@pytest.mark.parametrize("via", ["argument", "env"])
def test_tls_noverify_works(
    tls_master: FaultyMaster, monkeypatch: pytest.MonkeyPatch, via: str
) -> None:
    kw = creds()
    if via == "env":
        monkeypatch.setenv("DET_MASTER_CERT_FILE", "noverify")
    else:
        kw["cert_file"] = "noverify"
    with Session(tls_master.url, **kw) as s:
        assert s.call(get_me).user.username == TEST_USER


@pytest.mark.fault("tls-self-signed")
def test_tls_with_the_wrong_ca_fails(tls_master: FaultyMaster, tmp_path: Path, leaks) -> None:
    wrong = tmp_path / "wrong-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(wrong))
    with (
        Session(tls_master.url, cert_file=str(wrong), **creds()) as s,
        raises(leaks, APIConnectionError),
    ):
        s.call(get_me)
    assert tls_master.requests == []


@pytest.mark.fault("tls-self-signed")
def test_missing_ca_file_is_a_configuration_error(tls_master: FaultyMaster, tmp_path, leaks):
    with raises(leaks, ConfigurationError) as err:
        Session(tls_master.url, cert_file=str(tmp_path / "nope.pem"), **creds())
    assert "DET_MASTER_CERT_FILE" in str(err.value) or "nope.pem" in str(err.value)
    assert tls_master.requests == []
