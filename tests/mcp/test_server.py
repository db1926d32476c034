"""The MCP server in process, driven by the ``mcp`` client library: against the Prism mock,
and against a fake master where a test needs an answer the mock cannot give."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError

from determined_client import AsyncSession, ConfigurationError
from determined_client.mcp._server import SessionSource, ToolRunner, build_server

from ..unit.conftest import FakeMaster, error, session_kwargs
from .conftest import CAPABILITY_TOOLS, SPEC, success_example
from .test_catalog import tools_for

Factory = Callable[[], AsyncSession]


@asynccontextmanager
async def connected(factory: Factory, *selectors: str, mode: str = "auto") -> AsyncIterator[Client]:
    runner = ToolRunner(tools_for(SPEC, *(selectors or ("default",))), SessionSource(factory))
    async with Client(build_server(runner), mode=mode) as client:
        yield client


def mock_session(url: str) -> Factory:
    return lambda: AsyncSession(url, username="determined", password="", cache=False)


def fake_session(master: FakeMaster, **kw: Any) -> Factory:
    return lambda: AsyncSession(**session_kwargs(master, **kw))


def text(result: Any) -> str:
    return "\n".join(c.text for c in result.content)


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_lists_the_capability_tools_with_hints_and_titles(
    determined_mock_url: str, mode: str
) -> None:
    async with connected(mock_session(determined_mock_url), mode=mode) as client:
        tools = (await client.list_tools()).tools
    assert [t.name for t in tools] == list(CAPABILITY_TOOLS)
    for tool in tools:
        a = tool.annotations
        assert a is not None
        assert (a.read_only_hint, a.destructive_hint, a.idempotent_hint) == CAPABILITY_TOOLS[
            tool.name
        ]
        assert tool.title and a.title == tool.title and tool.description
        assert tool.input_schema["type"] == "object"
        if a.read_only_hint:
            assert tool.output_schema is not None and tool.output_schema["type"] == "object"


async def test_getexperiment_returns_the_experiment(determined_mock_url: str) -> None:
    async with connected(mock_session(determined_mock_url)) as client:
        result = await client.call_tool("getexperiment", {"experimentId": 42})
    assert not result.is_error
    experiment = result.structured_content["experiment"]
    assert experiment["id"] == 42 and experiment["name"] == "mnist-pytorch-adaptive"
    assert json.loads(text(result)) == result.structured_content


async def test_answers_that_are_not_json_come_back_as_text_or_a_blob(
    determined_mock_url: str,
) -> None:
    """A CSV report is text; an archive download is a blob resource of its media type."""
    window = {"timestamp_after": "2026-11-01T00:00:00Z", "timestamp_before": "2026-11-30T00:00:00Z"}
    selectors = ("getAllocationsCsv", "downloadCheckpoint")
    async with connected(mock_session(determined_mock_url), *selectors) as client:
        csv = await client.call_tool("getallocationscsv", window)
        archive = await client.call_tool("downloadcheckpoint", {"checkpointUuid": "2d6f9b3a"})
    assert not csv.is_error and text(csv) == success_example("getAllocationsCsv", "text/csv")
    assert not archive.is_error
    (blob,) = archive.content
    assert blob.resource.mime_type == "application/x-tar"
    expected = success_example("downloadCheckpoint", "application/x-tar").encode()
    assert base64.b64decode(blob.resource.blob) == expected


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"experimentId": "forty-two"}, "experimentId: 'forty-two' is not of type 'integer'"),
        ({}, "'experimentId' is a required property"),
        ({"experimentId": 42, "experiment_id": 42}, "'experiment_id' was unexpected"),
        ({"experimentId": 4.5}, "4.5 is not of type 'integer'"),
    ],
)
async def test_bad_arguments_are_a_tool_error_and_send_nothing(
    arguments: dict[str, Any], message: str
) -> None:
    master = FakeMaster()
    async with connected(fake_session(master, token=master.issue())) as client:
        result = await client.call_tool("getexperiment", arguments)
    assert result.is_error
    assert text(result).startswith("invalid arguments for getexperiment: ")
    assert message in text(result)
    assert master.requests == []


async def test_an_unusable_path_value_is_a_tool_error(determined_mock_url: str) -> None:
    async with connected(mock_session(determined_mock_url)) as client:
        result = await client.call_tool("getcheckpoint", {"checkpointUuid": ".."})
    assert result.is_error and "must not be '..'" in text(result)


async def test_typed_errors_become_tool_errors_with_their_message() -> None:
    master = FakeMaster()
    master.routes[("GET", "/api/v1/experiments/999")] = lambda r: error(
        404, "NotFound", "experiment not found: 999"
    )
    async with connected(fake_session(master, token=master.issue())) as client:
        result = await client.call_tool("getexperiment", {"experimentId": 999})
    assert result.is_error
    assert "404 from GET http://det.test:8080/api/v1/experiments/999" in text(result)
    assert "experiment not found: 999" in text(result)


async def test_missing_credentials_are_a_tool_error_naming_what_to_set() -> None:
    def no_credentials() -> AsyncSession:
        raise ConfigurationError("no credentials for http://m:8080: set DET_USER and DET_PASS")

    async with connected(no_credentials) as client:
        assert len((await client.list_tools()).tools) == 10  # listing needs no master
        result = await client.call_tool("getusers", {})
    assert result.is_error and "set DET_USER and DET_PASS" in text(result)


async def test_an_answer_that_breaks_the_contract_is_a_tool_error() -> None:
    master = FakeMaster()
    master.routes[("GET", "/api/v1/experiments/7")] = lambda r: httpx.Response(
        200, json={"experiment": {"id": "seven"}}
    )
    async with connected(fake_session(master, token=master.issue())) as client:
        result = await client.call_tool("getexperiment", {"experimentId": 7})
    assert result.is_error
    assert text(result).startswith(
        "the answer to GET /api/v1/experiments/{experimentId} does not fit the contract at "
        "experiment"
    )


async def test_unexpected_failures_are_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    master = FakeMaster()

    async def broken(*args: Any, **kw: Any) -> Any:
        raise RuntimeError("password=hunter2")

    monkeypatch.setattr(AsyncSession, "request", broken)
    async with connected(fake_session(master, token=master.issue())) as client:
        result = await client.call_tool("getusers", {})
    assert result.is_error
    assert text(result) == "internal error in getusers (RuntimeError); see the server log"


async def test_an_unknown_tool_is_a_protocol_error(determined_mock_url: str) -> None:
    async with connected(mock_session(determined_mock_url)) as client:
        with pytest.raises(MCPError, match="unknown tool 'getnothing'"):
            await client.call_tool("getnothing", {})


async def test_tokens_in_answers_are_masked(determined_mock_url: str) -> None:
    async with connected(mock_session(determined_mock_url), "postAccessToken") as client:
        result = await client.call_tool("postaccesstoken", {"body": {"userId": 2}})
    assert not result.is_error
    assert result.structured_content["token"] == "***"
    created = success_example("postAccessToken")  # what the mock answers
    assert created is None or created["token"] not in text(result)


async def test_login_and_logout_act_on_the_servers_session() -> None:
    master = FakeMaster()
    factory = fake_session(master, username="alice", password="secret", cache=False)
    async with connected(factory) as client:
        login = await client.call_tool("login", {})
        assert not login.is_error and master.logins == 1
        assert login.structured_content == {"user": FakeMaster.user("determined")}
        [token] = master.tokens
        assert token not in text(login)
        logout = await client.call_tool("logout", {})
        assert not logout.is_error and text(logout) == "logged out of http://det.test:8080"
        assert master.tokens == set()  # the master ended that session
        again = await client.call_tool("getexperiment", {"experimentId": 1})
        assert not again.is_error and master.logins == 2  # logged in again with the password


async def test_with_a_token_only_login_checks_it_and_logout_ends_it() -> None:
    master = FakeMaster()
    async with connected(fake_session(master, token=master.issue())) as client:
        assert not (await client.call_tool("login", {})).is_error
        assert not (await client.call_tool("logout", {})).is_error
        after = await client.call_tool("getusers", {})
        relogin = await client.call_tool("login", {})
    assert master.logins == 0
    for result in (after, relogin):
        assert result.is_error and "the session has no token (logged out?)" in text(result)


async def test_login_with_wrong_credentials_says_so_without_the_password() -> None:
    master = FakeMaster()
    factory = fake_session(master, username="alice", password="wrong-pass", cache=False)
    async with connected(factory) as client:
        result = await client.call_tool("login", {})
    assert result.is_error and "401" in text(result) and "DET_USER/DET_PASS" in text(result)
    assert "wrong-pass" not in text(result)
