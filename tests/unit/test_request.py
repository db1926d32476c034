"""Session.request / AsyncSession.request: JSON by method and path, with the session's login,
re-login, typed errors and path encoding."""

from __future__ import annotations

import json

import httpx
import pytest

from determined_client import (
    APIResponseValidationError,
    AsyncSession,
    AuthenticationError,
    NotFoundError,
    Session,
)
from determined_client._request import fill_path

from .conftest import FakeMaster, session_kwargs


def test_get_returns_the_decoded_json_and_logs_in_lazily(master: FakeMaster) -> None:
    with Session(**session_kwargs(master, username="alice", password="secret", cache=False)) as s:
        answer = s.request("GET", "/api/v1/experiments/{id}", path_params={"id": 7})
    assert answer["experiment"]["id"] == 7
    assert master.logins == 1
    assert master.requests[-1].headers["Authorization"].startswith("Bearer tok-")


def test_query_params_drop_none_repeat_lists_and_write_booleans(master: FakeMaster) -> None:
    with Session(**session_kwargs(master, token=master.issue())) as s:
        page = s.request(
            "get",
            "/api/v1/experiments",
            params={"limit": 2, "offset": 1, "archived": False, "labels": ["a", "b"], "name": None},
        )
    assert [e["id"] for e in page["experiments"]] == [1, 2]
    sent = master.requests[-1].url
    assert sent.params.get_list("labels") == ["a", "b"]
    assert sent.params["archived"] == "false"
    assert "name" not in sent.params
    assert master.requests[-1].method == "GET"


def test_json_body_and_empty_answer(master: FakeMaster) -> None:
    seen: list[bytes] = []

    def archive(request: httpx.Request) -> httpx.Response:
        seen.append(request.content)
        return httpx.Response(200, json={})

    master.routes[("POST", "/api/v1/experiments/3/archive")] = archive
    with Session(**session_kwargs(master, token=master.issue())) as s:
        assert s.request("POST", "/api/v1/experiments/{id}/archive", path_params={"id": 3}) == {}
        s.request("POST", "/api/v1/experiments/{id}/archive", path_params={"id": 3}, json={"x": 1})
    assert seen[0] == b""  # json=None sends no body at all
    assert json.loads(seen[1]) == {"x": 1}


def test_status_errors_are_typed(master: FakeMaster) -> None:
    with (
        Session(**session_kwargs(master, token=master.issue())) as s,
        pytest.raises(NotFoundError) as info,
    ):
        s.request("GET", "/api/v1/nowhere")
    assert info.value.status_code == 404
    assert "no route /api/v1/nowhere" in str(info.value)


def test_expired_token_logs_in_again_once(master: FakeMaster) -> None:
    kw = session_kwargs(master, username="alice", password="secret", cache=False)
    with Session(**kw) as s:
        s.request("GET", "/api/v1/me")
        master.tokens.clear()  # the master forgot every token
        assert s.request("GET", "/api/v1/me")["user"]["username"] == "determined"
    assert master.logins == 2


def test_token_only_session_rejected_is_an_authentication_error(master: FakeMaster) -> None:
    with (
        Session(**session_kwargs(master, token="not-issued")) as s,
        pytest.raises(AuthenticationError) as info,
    ):
        s.request("GET", "/api/v1/me")
    assert "not-issued" not in str(info.value)


def test_a_2xx_that_is_not_json_is_a_validation_error_without_secrets(master: FakeMaster) -> None:
    master.routes[("GET", "/api/v1/me")] = lambda r: httpx.Response(200, text='{"token": "abc')
    with (
        Session(**session_kwargs(master, token=master.issue())) as s,
        pytest.raises(APIResponseValidationError) as info,
    ):
        s.request("GET", "/api/v1/me")
    assert "/api/v1/me" in info.value.message and info.value.status_code == 200
    assert "abc" not in str(info.value) and "abc" not in str(info.value.body)


@pytest.mark.parametrize("body", ['{"a": ' + "1" * 5000 + "", "[1, 2]", "<html>sign in</html>"])
def test_every_2xx_that_is_not_a_json_object_is_a_validation_error(
    master: FakeMaster, body: str
) -> None:
    master.routes[("GET", "/api/v1/me")] = lambda r: httpx.Response(200, text=body)
    with (
        Session(**session_kwargs(master, token=master.issue())) as s,
        pytest.raises(APIResponseValidationError),
    ):
        s.request("GET", "/api/v1/me")


@pytest.mark.parametrize(
    ("value", "segment"),
    [
        ("../../users", "..%2F..%2Fusers"),
        ("a b?c#d", "a%20b%3Fc%23d"),
        (42, "42"),
        (True, "true"),
        ("2d6f9b3a-81c4", "2d6f9b3a-81c4"),
    ],
)
def test_path_values_cannot_leave_their_segment(value: object, segment: str) -> None:
    assert fill_path("/api/v1/checkpoints/{uuid}/x", {"uuid": value}) == (
        f"/api/v1/checkpoints/{segment}/x"
    )


@pytest.mark.parametrize("value", ["", ".", "..", None, {"a": 1}, [1]])
def test_unusable_path_values_fail_before_io(master: FakeMaster, value: object) -> None:
    with (
        Session(**session_kwargs(master, token=master.issue())) as s,
        pytest.raises(ValueError, match="path parameter 'uuid'"),
    ):
        s.request("GET", "/api/v1/checkpoints/{uuid}", path_params={"uuid": value})
    assert master.requests == []


def test_missing_and_dotted_path_parameters() -> None:
    assert fill_path("/api/v1/experiments/{experiment.id}", {"experiment.id": 5}) == (
        "/api/v1/experiments/5"
    )
    with pytest.raises(ValueError, match=r"missing path parameter 'experiment\.id'"):
        fill_path("/api/v1/experiments/{experiment.id}", {})


async def test_async_request(master: FakeMaster) -> None:
    kw = session_kwargs(master, username="alice", password="secret", cache=False)
    async with AsyncSession(**kw) as s:
        page = await s.request("GET", "/api/v1/experiments", params={"limit": 1})
        assert page["pagination"]["endIndex"] == 1
        with pytest.raises(NotFoundError):
            await s.request("GET", "/api/v1/nowhere")
    assert master.logins == 1


def test_per_call_timeout(master: FakeMaster) -> None:
    with Session(**session_kwargs(master, token=master.issue())) as s:
        s.request("GET", "/api/v1/me", timeout=2.5)
        assert master.requests[-1].extensions["timeout"]["read"] == 2.5
        s.request("GET", "/api/v1/me")
        assert master.requests[-1].extensions["timeout"]["read"] == 60.0


def test_accept_other_than_json_returns_text_or_bytes(master: FakeMaster) -> None:
    seen: list[str | None] = []

    def csv(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("Accept"))
        return httpx.Response(200, text="a,b\n1,2\n", headers={"Content-Type": "text/csv"})

    def tar(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=b"\x00tar", headers={"Content-Type": "application/x-tar"}
        )

    master.routes[("GET", "/resources/allocation/raw")] = csv
    master.routes[("GET", "/checkpoints/c1")] = tar
    with Session(**session_kwargs(master, token=master.issue())) as s:
        assert s.request("GET", "/resources/allocation/raw", accept="text/csv") == "a,b\n1,2\n"
        assert s.request("GET", "/checkpoints/c1", accept="application/x-tar") == b"\x00tar"
        with pytest.raises(APIResponseValidationError):  # asked for JSON: CSV is no answer
            s.request("GET", "/resources/allocation/raw")
    assert seen[0] == "text/csv"
