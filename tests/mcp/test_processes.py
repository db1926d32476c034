"""``determined-client mcp`` as a separate process, as an MCP client runs it: over stdio
(the client starts it) and over streamable HTTP on loopback, against the Prism mock."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import IO

import httpx
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client

from determined_client import hash_password
from determined_client.testing import group_alive

from .conftest import (
    CAPABILITY_TOOLS,
    example_arguments,
    non_streaming_tool_names,
    success_example,
)

SCRIPT = str(Path(sys.executable).parent / "determined-client")


@asynccontextmanager
async def over_stdio(
    env: dict[str, str], *args: str, errlog: IO[str], mode: str = "auto"
) -> AsyncIterator[Client]:
    """A client that starts `determined-client mcp ARGS` itself (stdio_client stops the
    server's whole process group when the block ends)."""
    params = StdioServerParameters(command=SCRIPT, args=["mcp", *args], env=env)
    async with Client(stdio_client(params, errlog=errlog), mode=mode) as client:
        yield client


def server_pid(log: Path) -> int:
    match = re.search(r"tools from .* over \S+ \(pid (\d+)\)", log.read_text())
    assert match, log.read_text()
    return int(match.group(1))


def assert_stopped(pid: int) -> None:
    deadline = time.monotonic() + 10
    while group_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not group_alive(pid)


@pytest.mark.parametrize("mode", ["legacy", "auto"])
async def test_a_new_user_lists_the_tools_and_reads_experiments(
    determined_mock_url: str, clean_env: dict[str, str], tmp_path: Path, mode: str
) -> None:
    """Done when: an MCP client starts `determined-client mcp` against the mock over stdio,
    lists the 10 tools with their hints, calls getexperiments and getexperiment."""
    env = clean_env | {"DET_MASTER": determined_mock_url, "DET_USER": "determined", "DET_PASS": ""}
    log = tmp_path / "server.log"
    with log.open("w") as errlog:
        async with over_stdio(env, "--log-level", "info", errlog=errlog, mode=mode) as client:
            tools = (await client.list_tools()).tools
            listing = await client.call_tool("getexperiments", {"limit": 10})
            first = listing.structured_content["experiments"][0]
            detail = await client.call_tool("getexperiment", {"experimentId": first["id"]})
    hints = {
        t.name: (t.annotations.read_only_hint, t.annotations.destructive_hint,
                 t.annotations.idempotent_hint)
        for t in tools if t.annotations
    }  # fmt: skip
    assert hints == CAPABILITY_TOOLS
    assert not listing.is_error and listing.structured_content["pagination"]["total"] >= 1
    assert not detail.is_error
    assert detail.structured_content["experiment"]["id"] == first["id"]
    assert detail.structured_content["experiment"]["name"] == first["name"]
    assert_stopped(server_pid(log))


async def test_tools_all_lists_every_non_streaming_operation(
    determined_mock_url: str, clean_env: dict[str, str], tmp_path: Path
) -> None:
    env = clean_env | {"DET_MASTER": determined_mock_url, "DET_USER_TOKEN": "t"}
    with (tmp_path / "server.log").open("w") as errlog:
        async with over_stdio(env, "--tools", "all", errlog=errlog) as client:
            tools = (await client.list_tools()).tools
    assert {t.name for t in tools} == non_streaming_tool_names()
    assert len(tools) == len(non_streaming_tool_names())


async def test_nothing_secret_in_any_result_or_log(
    determined_mock_url: str, clean_env: dict[str, str], tmp_path: Path
) -> None:
    """Every tool called, at DEBUG, with a password, an env token, a login that yields a
    session token and an access token created: none of them in a result or on stderr."""
    password, env_token = "s3cr3t-Pa55word", "v2.public.env-token-secret"
    env = clean_env | {
        "DET_MASTER": determined_mock_url,
        "DET_USER": "determined",
        "DET_PASS": password,
        "DETERMINED_AI_TOKEN": env_token,
    }
    secrets = {password, hash_password(password), env_token}
    for answer in (success_example("login"), success_example("postAccessToken")):
        if answer:  # the session token the mock's login answers, the access token it creates
            secrets.add(answer["token"])
    log = tmp_path / "server.log"
    results: list[str] = []
    with log.open("w") as errlog:
        args = ("--tools", "all", "--log-level", "debug")
        async with over_stdio(env, *args, errlog=errlog) as client:
            tools = (await client.list_tools()).tools
            ordered = sorted(tools, key=lambda t: t.name == "logout")  # logout last
            for tool in ordered:
                result = await client.call_tool(tool.name, example_arguments(tool.input_schema))
                assert not result.is_error, (tool.name, result.content)
                results.append(result.model_dump_json())
    stderr = log.read_text()
    assert "POST" in stderr and "/api/v1/auth/login" in stderr  # the login did happen
    assert len(results) == len(non_streaming_tool_names())
    for secret in secrets:
        assert secret not in stderr
        for result in results:
            assert secret not in result
    assert '"token":"***"' in "".join(results)  # postaccesstoken answered, masked
    assert_stopped(server_pid(log))


def wait_for_url(proc: subprocess.Popen[str], deadline: float) -> str:
    assert proc.stderr is not None
    seen = []
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        seen.append(line)
        match = re.search(r"on (http://127\.0\.0\.1:\d+/mcp)", line)
        if match:
            return match.group(1)
    raise AssertionError("no URL from the server:\n" + "".join(seen))


async def test_streamable_http_on_loopback(
    determined_mock_url: str, clean_env: dict[str, str]
) -> None:
    env = clean_env | {"DET_MASTER": determined_mock_url, "DET_USER_TOKEN": "t"}
    proc = subprocess.Popen(
        [SCRIPT, "mcp", "--transport", "streamable-http", "--port", "0"],
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        text=True, start_new_session=True,
    )  # fmt: skip
    try:
        url = wait_for_url(proc, time.monotonic() + 30)
        async with Client(url) as client:
            names = [t.name for t in (await client.list_tools()).tools]
            result = await client.call_tool("getexperiment", {"experimentId": 42})
        assert names == list(CAPABILITY_TOOLS)
        assert result.structured_content["experiment"]["id"] == 42
        # DNS rebinding: a page on another origin reaching the loopback port is turned away.
        hello = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
        async with httpx.AsyncClient() as http:
            foreign = await http.post(url, json=hello, headers={"Host": "evil.example"})
        assert foreign.status_code in (403, 421)
        assert "experiment" not in foreign.text
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        assert proc.stderr is not None
        proc.stderr.close()
    assert_stopped(proc.pid)


def test_http_refuses_anything_but_loopback(clean_env: dict[str, str]) -> None:
    for host in ("0.0.0.0", "192.0.2.1", "::"):  # noqa: S104 - the point is refusing it
        done = subprocess.run(
            [SCRIPT, "mcp", "--transport", "streamable-http", "--host", host],
            env=clean_env, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert "is not loopback" in done.stderr
        assert done.stdout == ""


def test_stdout_carries_only_protocol(clean_env: dict[str, str], determined_mock_url: str) -> None:
    """Logs go to stderr: anything else on stdout would break the client's JSON-RPC."""
    hello = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {
            "protocolVersion": "2025-06-18",
            "capabilities": {},
            "clientInfo": {"name": "t", "version": "1"},
        },
    }
    env = clean_env | {"DET_MASTER": determined_mock_url, "DET_USER_TOKEN": "t"}
    done = subprocess.run(
        [SCRIPT, "mcp", "--log-level", "debug"], input=json.dumps(hello) + "\n",
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    lines = done.stdout.splitlines()
    assert len(lines) == 1, done.stdout
    answer = json.loads(lines[0])
    assert answer["result"]["serverInfo"]["name"] == "determined-client"
    assert "DEBUG" in done.stderr


async def test_a_later_server_reuses_the_token_cache_of_an_earlier_login(
    determined_mock_url: str, clean_env: dict[str, str], tmp_path: Path
) -> None:
    """The server's session is a normal one: a login writes the token cache (0600), and a
    server started later with DET_USER but no DET_PASS works from that cached token."""
    base = clean_env | {"DET_MASTER": determined_mock_url, "DET_USER": "determined"}
    with (tmp_path / "first.log").open("w") as errlog:
        async with over_stdio(base | {"DET_PASS": ""}, "--log-level=info", errlog=errlog) as client:
            assert not (await client.call_tool("login", {})).is_error
    assert "logging in" in (tmp_path / "first.log").read_text()
    cache = Path(clean_env["XDG_CONFIG_HOME"]) / "determined-client" / "tokens.json"
    assert cache.stat().st_mode & 0o777 == 0o600
    with (tmp_path / "second.log").open("w") as errlog:
        async with over_stdio(base, "--log-level=info", errlog=errlog) as client:
            users = await client.call_tool("getusers", {})
    assert not users.is_error, users.content
    assert users.structured_content["users"][0]["username"] == "determined"
    assert "logging in" not in (tmp_path / "second.log").read_text()
