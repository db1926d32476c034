"""The MCP server (official ``mcp`` SDK, low-level ``Server``): lists the catalog's tools
and runs each call through one ``AsyncSession``, so login, re-login, retries and typed errors
are the session's. Tool results are the master's JSON with token and password values masked.
"""

from __future__ import annotations

import base64
import json
import logging
import socket
import sys
from collections.abc import Callable, Mapping
from typing import Any

import mcp_types as types
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from mcp.server import Server, ServerRequestContext
from mcp.server.stdio import stdio_server
from mcp.shared.exceptions import MCPError

from .._exceptions import DeterminedError, redact
from .._session import AsyncSession
from .._version import __version__
from ._catalog import BODY_ARGUMENT, ToolDef
from ._cli import LOOPBACK

__all__ = ["SessionSource", "ToolRunner", "build_server", "serve"]

log = logging.getLogger("determined_client.mcp")

_SNIPPET = 300
_INSTRUCTIONS = (
    "Tools of a Determined AI master: each tool is one operation of its REST API "
    "(tool name = operationId in lower case) and answers with the master's JSON. "
    "The server holds the credentials; login and logout act on its session."
)


class SessionSource:
    """The server's one ``AsyncSession``, made on first use, so a missing credential is a
    tool error the user sees (a ``ConfigurationError`` naming what to set), not a crash."""

    def __init__(self, factory: Callable[[], AsyncSession]) -> None:
        self._factory = factory
        self._session: AsyncSession | None = None

    def get(self) -> AsyncSession:
        if self._session is None:
            self._session = self._factory()
        return self._session

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.aclose()


def _snippet(text: str) -> str:
    return text if len(text) <= _SNIPPET else text[:_SNIPPET] + "..."


def _where(error: ValidationError) -> str:
    return "/".join(str(p) for p in error.absolute_path) or "(arguments)"


def _text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _error(message: str) -> types.CallToolResult:
    return types.CallToolResult(content=[types.TextContent(text=message)], is_error=True)


class ToolRunner:
    """Validates arguments, calls the master, shapes results; never raises for a tool's
    own failure (that is an error result the model can read)."""

    def __init__(self, tools: list[ToolDef], sessions: SessionSource) -> None:
        self._tools = {t.name: t for t in tools}
        self._sessions = sessions
        self._validators: dict[tuple[str, str], Draft202012Validator] = {}
        self.listing = [_as_mcp_tool(t) for t in tools]

    def input_schema(self, name: str) -> Mapping[str, Any] | None:
        tool = self._tools.get(name)
        return tool.input_schema if tool else None

    def _validator(self, tool: ToolDef, which: str) -> Draft202012Validator:
        key = (tool.name, which)
        if key not in self._validators:
            schema = tool.input_schema if which == "input" else tool.output_schema
            self._validators[key] = Draft202012Validator(schema or {})
        return self._validators[key]

    async def call(self, name: str, arguments: Mapping[str, Any] | None) -> types.CallToolResult:
        tool = self._tools.get(name)
        if tool is None:
            raise MCPError(types.INVALID_PARAMS, f"unknown tool {name!r}")
        args = dict(arguments or {})
        problem = best_match(self._validator(tool, "input").iter_errors(args))
        if problem is not None:
            return _error(
                f"invalid arguments for {name}: {_where(problem)}: {_snippet(problem.message)}"
            )
        try:
            return await self._run(tool, args)
        except DeterminedError as exc:  # typed errors say what happened, never a secret
            return _error(str(exc))
        except ValueError as exc:  # an unusable path value, found before any I/O
            return _error(f"invalid arguments for {name}: {exc}")
        except Exception as exc:
            log.exception("tool %s failed", name)
            return _error(f"internal error in {name} ({type(exc).__name__}); see the server log")

    async def _run(self, tool: ToolDef, args: dict[str, Any]) -> types.CallToolResult:
        session = self._sessions.get()
        op = tool.operation
        if tool.kind == "logout":
            await session.logout()
            return types.CallToolResult(
                content=[types.TextContent(text=f"logged out of {session.master}")]
            )
        if tool.kind == "login":
            await session.login()
            if tool.answer_with is None:
                return types.CallToolResult(
                    content=[types.TextContent(text=f"logged in to {session.master}")]
                )
            op = tool.answer_with
            data = await session.request(op.method, op.path)
        else:
            data = await session.request(
                op.method,
                op.path,
                path_params={k: args[k] for k in tool.path_params if k in args},
                params={k: args[k] for k in tool.query_params if k in args},
                json=args.get(BODY_ARGUMENT) if tool.has_body else None,
                accept=tool.accept,
            )
        if isinstance(data, bytes):  # an archive download: the bytes, as a blob resource
            return _blob(tool, data)
        if isinstance(data, str):  # a CSV report, a file's text
            return types.CallToolResult(content=[types.TextContent(text=data)])
        return self._result(tool, f"{op.method} {op.path}", redact(data))

    def _result(self, tool: ToolDef, what: str, data: Any) -> types.CallToolResult:
        if tool.output_schema is not None:
            data = {} if data is None else data  # e.g. an empty-message answer
            problem = best_match(self._validator(tool, "output").iter_errors(data))
            if problem is not None:  # what the client would reject: say where, here
                return _error(
                    f"the answer to {what} does not fit the contract at {_where(problem)}: "
                    f"{_snippet(problem.message)}"
                )
        if data is None:
            return types.CallToolResult(content=[types.TextContent(text=f"{what}: done")])
        return types.CallToolResult(
            content=[types.TextContent(text=_text(data))],
            structured_content=data if isinstance(data, dict) else None,
        )


def _blob(tool: ToolDef, data: bytes) -> types.CallToolResult:
    mime = (tool.accept or "application/octet-stream").split(",")[0].strip()
    resource = types.BlobResourceContents(
        uri=f"determined:{tool.operation.operation_id}",
        mime_type=mime,
        blob=base64.b64encode(data).decode("ascii"),
    )
    return types.CallToolResult(
        content=[types.EmbeddedResource(type="resource", resource=resource)]
    )


def _as_mcp_tool(tool: ToolDef) -> types.Tool:
    return types.Tool(
        name=tool.name,
        title=tool.title,
        description=tool.description,
        input_schema=tool.input_schema,
        output_schema=tool.output_schema,
        annotations=types.ToolAnnotations(
            title=tool.title,
            read_only_hint=tool.hints.read_only,
            destructive_hint=tool.hints.destructive,
            idempotent_hint=tool.hints.idempotent,
            open_world_hint=tool.hints.open_world,
        ),
    )


def build_server(runner: ToolRunner) -> Server[Any]:
    """The SDK's low-level server with our two handlers."""

    async def list_tools(
        ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return types.ListToolsResult(tools=runner.listing)

    async def call_tool(
        ctx: ServerRequestContext[Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        return await runner.call(params.name, params.arguments)

    return Server(
        "determined-client",
        version=__version__,
        title="Determined AI",
        instructions=_INSTRUCTIONS,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
        get_tool_input_schema=runner.input_schema,
    )


async def _serve_http(server: Server[Any], host: str, port: int, log_level: str) -> None:
    import uvicorn

    if host not in LOOPBACK:  # checked by the CLI too; this is the last line
        raise ValueError(f"refusing to serve on {host!r}: loopback only")
    bind = "127.0.0.1" if host == "localhost" else host
    family = socket.AF_INET6 if ":" in bind else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((bind, port))
    app = server.streamable_http_app(host=host)  # DNS-rebinding protection for loopback
    # log_config=None: uvicorn's records go through our stderr logging, not its own setup
    # (which writes access lines to stdout).
    config = uvicorn.Config(app, log_level=log_level.lower(), log_config=None, lifespan="on")
    shown = f"[{bind}]" if ":" in bind else bind
    url = f"http://{shown}:{sock.getsockname()[1]}/mcp"
    print(f"determined-client mcp: serving MCP on {url}", file=sys.stderr, flush=True)
    await uvicorn.Server(config).serve(sockets=[sock])


async def serve(
    tools: list[ToolDef],
    *,
    master: str | None,
    transport: str,
    host: str = "127.0.0.1",
    port: int = 8000,
    log_level: str = "INFO",
) -> None:
    """Serve ``tools`` until the client goes away (stdio) or the process is stopped (HTTP)."""
    sessions = SessionSource(lambda: AsyncSession(master=master))
    try:
        session = sessions.get()
        log.info("master %s, user %s", session.master, session.username or "(token)")
    except DeterminedError as exc:  # every tool call will say so too
        log.warning("%s", exc)
    server = build_server(ToolRunner(tools, sessions))
    try:
        if transport == "stdio":
            async with stdio_server() as (read_stream, write_stream):
                await server.run(read_stream, write_stream, server.create_initialization_options())
        else:
            await _serve_http(server, host, port, log_level)
    finally:
        await sessions.aclose()
