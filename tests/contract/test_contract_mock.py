"""Our own contract tests against the Prism mock: what the master must refuse."""

from __future__ import annotations

from typing import Any

import httpx
import jsonschema
import pytest

from ._support import load_spec, operations, resolve

API_ERROR = {
    **resolve({"$ref": "#/components/schemas/ApiError"}),
    "components": load_spec()["components"],
}


def _assert_api_error(response: httpx.Response) -> None:
    assert response.headers["content-type"].startswith("application/json")
    jsonschema.validate(response.json(), API_ERROR)


@pytest.fixture(scope="module")
def token(determined_mock_url: str) -> str:
    r = httpx.post(
        f"{determined_mock_url}/api/v1/auth/login",
        json={"username": "determined", "password": ""},
    )
    assert r.status_code == 200, r.text
    value = r.json()["token"]
    assert isinstance(value, str)
    return value


SECURED = [op for op in operations() if op.secured]


def _concrete(path: str) -> str:
    return (
        path.replace("{experimentId}", "1")
        .replace("{tokenId}", "5")
        .replace("{checkpointUuid}", "2d6f9b3a-81c4-4e0a-b7f5-93a1c6e2d840")
    )


@pytest.mark.parametrize("op", SECURED, ids=lambda op: op.operation_id)
def test_anonymous_call_gets_401(determined_mock_url: str, op: Any) -> None:
    """Every operation that needs a token answers 401 with the master's error body without one."""
    body = None
    request_body = op.spec.get("requestBody")
    if request_body is not None:
        body = request_body["content"]["application/json"].get("example")
    r = httpx.request(op.method, f"{determined_mock_url}{_concrete(op.path)}", json=body)
    assert r.status_code == 401, r.text
    _assert_api_error(r)


def test_secured_operations_exist() -> None:
    assert {op.operation_id for op in SECURED} >= {"getMe", "getExperiment", "logout"}
    unsecured = {op.operation_id for op in operations() if not op.secured}
    assert unsecured == {"login", "getClusterInfo", "getTelemetry", "health", "getInfo"}


@pytest.mark.parametrize(
    "body",
    [
        {},  # both required fields missing
        {"username": "determined"},  # password missing
        {"username": 1, "password": ""},  # wrong type
        {"username": "determined", "password": "", "isHashed": "yes"},  # wrong type
        [],  # not an object
    ],
    ids=["empty", "no-password", "int-username", "string-isHashed", "array"],
)
def test_malformed_login_body_gets_4xx(determined_mock_url: str, body: Any) -> None:
    r = httpx.post(f"{determined_mock_url}/api/v1/auth/login", json=body)
    assert 400 <= r.status_code < 500, r.text
    _assert_api_error(r)


# Not "1e3", "0x10" or "%20": Prism coerces path parameters loosely (JavaScript Number()), so
# those are integers to it; the master's strconv-based parsing refuses all three.
@pytest.mark.parametrize("experiment_id", ["abc", "1.5", "one", "-", "1_0"])
def test_non_integer_experiment_id_gets_4xx(
    determined_mock_url: str, token: str, experiment_id: str
) -> None:
    r = httpx.get(
        f"{determined_mock_url}/api/v1/experiments/{experiment_id}",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert 400 <= r.status_code < 500, r.text
    assert r.status_code != 401  # refused for the id, not for the (valid) token
    _assert_api_error(r)


def test_login_then_get_me(determined_mock_url: str, token: str) -> None:
    r = httpx.get(f"{determined_mock_url}/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200
    assert r.json()["user"]["username"] == "determined"
