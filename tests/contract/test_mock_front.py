"""The packaged mock reads requests as a real master does (the front process before Prism),
and passes everything else through: statuses, bodies, Prefer and sl-violations."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from determined_client import hash_password
from determined_client.testing import PrismMock

LOGIN = {"username": "determined", "password": hash_password(""), "isHashed": True}


@pytest.fixture(scope="module")
def prism_alone(determined_mock: PrismMock) -> Iterator[str]:
    """Prism with no front, to show what the front changes (and what it leaves alone): the
    very Prism behind the session's mock (the front's ``--upstream``), or one of its own when
    the session reuses a running mock."""
    if determined_mock.front_pid is not None:
        argv = Path(f"/proc/{determined_mock.front_pid}/cmdline").read_text().split("\0")
        upstream = argv[argv.index("--upstream") + 1]
        assert upstream.startswith("http://127.0.0.1:") and upstream != determined_mock.url
        yield upstream
        return
    with PrismMock(front=False, reuse=False) as mock:
        yield mock.url


@pytest.fixture(scope="module")
def auth(determined_mock_url: str) -> dict[str, str]:
    r = httpx.post(f"{determined_mock_url}/api/v1/auth/login", json=LOGIN)
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def raw(url: str, method: str, path: str, body: bytes | None, **headers: str) -> httpx.Response:
    """Bytes on the wire exactly as given: no Content-Type unless a test sets one."""
    return httpx.request(method, url + path, content=body, headers=headers, trust_env=False)


def violations(response: httpx.Response) -> list[str]:
    return [v["message"] for v in json.loads(response.headers.get("sl-violations", "[]"))]


def test_a_body_without_content_type_is_read_as_json(
    determined_mock_url: str, prism_alone: str
) -> None:
    """The official SDK sends its JSON with no Content-Type; Prism alone refuses it."""
    body = json.dumps(LOGIN).encode()
    alone = raw(prism_alone, "POST", "/api/v1/auth/login", body)
    assert alone.status_code == 400 and violations(alone) == ["Request body must be object"]
    answer = raw(determined_mock_url, "POST", "/api/v1/auth/login", body)
    assert answer.status_code == 200, answer.headers.get("sl-violations")
    assert answer.json()["user"]["username"] == "determined"


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded"])
def test_any_content_type_is_read_as_json(determined_mock_url: str, content_type: str) -> None:
    body = json.dumps(LOGIN).encode()
    answer = raw(
        determined_mock_url, "POST", "/api/v1/auth/login", body, **{"Content-Type": content_type}
    )
    assert answer.status_code == 200, answer.headers.get("sl-violations")


def test_integers_sent_as_strings_are_accepted(
    determined_mock_url: str, prism_alone: str, auth: dict[str, str]
) -> None:
    """`det token revoke 5` sends "tokenId": "5": protobuf JSON, which the master accepts."""
    body = b'{"tokenId": "5", "setRevoked": true}'
    alone = raw(
        prism_alone,
        "PATCH",
        "/api/v1/tokens/5",
        body,
        **auth,
        **{"Content-Type": "application/json"},
    )
    assert alone.status_code == 400
    assert violations(alone) == ["Request body property tokenId must be integer"]
    answer = raw(determined_mock_url, "PATCH", "/api/v1/tokens/5", body, **auth)
    assert answer.status_code == 200, answer.headers.get("sl-violations")
    assert answer.json()["tokenInfo"]["id"] == 5
    created = raw(determined_mock_url, "POST", "/api/v1/tokens", b'{"userId": "2"}', **auth)
    assert created.status_code == 200, created.headers.get("sl-violations")


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        (b'{"tokenId": "five"}', "Request body property tokenId must be integer"),
        (b'{"tokenId": "5.0"}', "Request body property tokenId must be integer"),
        (
            b'{"tokenId": 5, "setRevoked": "true"}',
            "Request body property setRevoked must be boolean",
        ),
        (b"[]", "Request body must be object"),
    ],
)
def test_what_the_master_refuses_is_still_refused(
    determined_mock_url: str, auth: dict[str, str], body: bytes, violation: str
) -> None:
    answer = raw(determined_mock_url, "PATCH", "/api/v1/tokens/5", body, **auth)
    assert answer.status_code == 400
    assert any(v.startswith(violation) for v in violations(answer)), violations(answer)


def test_a_missing_body_is_the_empty_message(
    determined_mock_url: str, auth: dict[str, str]
) -> None:
    """The master reads no body as `{}`: the contract's required fields still apply."""
    answer = raw(determined_mock_url, "POST", "/api/v1/tokens", None, **auth)
    assert answer.status_code == 400
    assert violations(answer) == ["Request body must have required property 'userId'"]


def test_answers_pass_through_unchanged(
    determined_mock_url: str, prism_alone: str, auth: dict[str, str]
) -> None:
    """Same status, body and headers with or without the front, for answers and errors."""
    for path, headers in [
        ("/api/v1/experiments/42", auth),
        ("/api/v1/experiments?limit=abc&states=STATE_ACTIVE&states=STATE_PAUSED", auth),
        ("/api/v1/experiments/42", {**auth, "Prefer": "code=404"}),
        ("/api/v1/experiments/42", {}),
        ("/api/v1/no/such/route", auth),
    ]:
        via_front = raw(determined_mock_url, "GET", path, None, **headers)
        alone = raw(prism_alone, "GET", path, None, **headers)
        assert (via_front.status_code, via_front.content) == (alone.status_code, alone.content)
        for name in ("content-type", "sl-violations"):
            assert via_front.headers.get(name) == alone.headers.get(name), (path, name)


def test_long_query_strings_get_through(determined_mock_url: str, auth: dict[str, str]) -> None:
    """Like the master (1 MiB of headers), unlike Node's and aiohttp's 8-16 KiB defaults."""
    labels = "&".join(f"labels=label-{i:05d}" for i in range(3000))  # ~56 KiB
    answer = raw(determined_mock_url, "GET", f"/api/v1/experiments?{labels}", None, **auth)
    assert answer.status_code == 200, answer.text[:200]
