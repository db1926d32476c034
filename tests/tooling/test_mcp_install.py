"""A new user installs the wheel with its [mcp] extra into a fresh venv and registers
`determined-client mcp` with an MCP client: the client starts it over stdio, lists the
capability's tools and reads experiments from the mock (the installed copy of the contract)."""

from __future__ import annotations

from pathlib import Path

from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client

DEFAULT_TOOLS = [
    "login",
    "logout",
    "getusers",
    "getclusterinfo",
    "getexperiments",
    "getexperiment",
    "getmodels",
    "getcheckpoint",
    "gettemplates",
    "getaccesstokens",
]


async def test_installed_wheel_with_the_mcp_extra_serves_the_tools(
    tmp_path: Path, mcp_venv: Path, determined_mock_url: str
) -> None:
    """mcp_venv: a fresh venv with the wheel and its [mcp] extra (tests/tooling/conftest.py)."""
    venv = mcp_venv.parent
    # What an MCP client's config holds: the command, and the environment for the master.
    env = {"DET_MASTER": determined_mock_url, "DET_USER": "determined", "DET_PASS": ""}
    env |= {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / ".config")}
    command = mcp_venv / "determined-client"
    params = StdioServerParameters(
        command=str(command), args=["mcp", "--log-level", "info"], env=env
    )
    with (tmp_path / "server.log").open("w") as errlog:
        async with Client(stdio_client(params, errlog=errlog)) as client:
            tools = (await client.list_tools()).tools
            listing = await client.call_tool("getexperiments", {})
            experiment_id = listing.structured_content["experiments"][0]["id"]
            detail = await client.call_tool("getexperiment", {"experimentId": experiment_id})
    assert [t.name for t in tools] == DEFAULT_TOOLS
    read_only = {t.name for t in tools if t.annotations and t.annotations.read_only_hint}
    assert read_only == set(DEFAULT_TOOLS) - {"login", "logout"}
    assert not listing.is_error and not detail.is_error
    assert detail.structured_content["experiment"]["id"] == experiment_id

    # It served the contract inside the installed wheel, not this checkout's.
    startup = (tmp_path / "server.log").read_text()
    assert f"10 tools from {venv}/lib/" in startup
    assert "/site-packages/determined_client/openapi.yaml over stdio" in startup
