"""Command line of the MCP server: ``determined-client mcp`` / ``python -m determined_client.mcp``.

argparse (standard library) rather than click or typer: the base package stays at two
runtime dependencies, and one subcommand with a handful of options needs nothing more.
Nothing here imports the ``mcp`` SDK until the server starts, so ``--help`` always works
and a missing extra is reported in one line.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["add_arguments", "main", "run"]

LOOPBACK = ("127.0.0.1", "::1", "localhost")
_MISSING_EXTRA = (
    "determined-client mcp needs the optional MCP dependencies ({missing}): "
    "pip install 'determined-client[mcp]'"
)
DESCRIPTION = """\
Serve the Determined REST API to AI agents as MCP tools, derived from the contract
(openapi.yaml) at startup. Credentials come from the environment, as for every
determined-client session: DET_MASTER, and DET_USER/DET_PASS or DET_USER_TOKEN or
DETERMINED_AI_TOKEN (or the token cache of an earlier login).
"""
TOOLS_HELP = """\
which tools to offer (repeat or comma-separate): 'default' (the 10 tools of the seed
capability: login, logout, getusers, getclusterinfo, getexperiments, getexperiment,
getmodels, getcheckpoint, gettemplates, getaccesstokens), 'all' (every operation that does
not stream), a tag (Experiments), an operationId or tool name (killExperiment); '-X'
removes X, e.g. --tools=all,-Internal. Default: default"""


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The server's options, on ``parser`` (shared by both entry points)."""
    parser.add_argument("--master", help="master URL (default: $DET_MASTER, else localhost:8080)")
    parser.add_argument("--tools", action="append", metavar="SELECTORS", help=TOOLS_HELP)
    parser.add_argument(
        "--transport",
        choices=("stdio", "streamable-http"),
        default="stdio",
        help="stdio (default: the client starts the server) or streamable HTTP on loopback",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="HTTP only: 127.0.0.1 (default), ::1 or localhost"
    )
    parser.add_argument(
        "--port", type=int, default=8000, help="HTTP only: port (default 8000; 0 picks one)"
    )
    parser.add_argument(
        "--spec", type=Path, help="another OpenAPI contract (default: the packaged openapi.yaml)"
    )
    parser.add_argument(
        "--log-level",
        default="WARNING",
        type=str.upper,
        choices=("DEBUG", "INFO", "WARNING", "ERROR"),
        help="stderr log level (default WARNING); no level shows a token or password",
    )
    parser.add_argument(
        "--list-tools",
        action="store_true",
        help="print the selected tools and their hints, then exit",
    )
    return parser


def _fail(message: str) -> int:
    print(f"determined-client mcp: {message}", file=sys.stderr)
    return 2


def _hint_words(read_only: bool, destructive: bool, idempotent: bool) -> str:
    words = ["read-only" if read_only else "destructive" if destructive else "write"]
    return " ".join([*words, "idempotent"] if idempotent else words)


def run(args: argparse.Namespace) -> int:
    """Build the tools from the contract, then list them or serve them. Returns the exit code."""
    logging.basicConfig(
        level=args.log_level,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.transport == "streamable-http" and args.host not in LOOPBACK:
        return _fail(
            f"--host {args.host!r} is not loopback: the server acts with your Determined "
            "credentials and has no authentication of its own (use 127.0.0.1, ::1 or localhost)"
        )
    try:
        from .._spec import spec_path
        from ._catalog import build_tools, select_operations
        from ._openapi import load_spec, operations
    except ImportError as exc:
        return _fail(_MISSING_EXTRA.format(missing=exc.name))
    try:
        source = args.spec or spec_path()
        spec = load_spec(source)
        ops = list(operations(spec))
        tools = build_tools(spec, ops, select_operations(ops, args.tools or ["default"]))
    except (OSError, ValueError) as exc:
        return _fail(str(exc))
    if args.list_tools:
        width = max(len(t.name) for t in tools)
        for t in tools:
            hints = _hint_words(t.hints.read_only, t.hints.destructive, t.hints.idempotent)
            print(f"{t.name:<{width}}  {hints:<22}  {t.title}")
        return 0
    try:
        import anyio

        from ._server import serve
    except ImportError as exc:
        return _fail(_MISSING_EXTRA.format(missing=exc.name))
    logging.getLogger("determined_client.mcp").info(
        "determined-client %s: %d tools from %s over %s (pid %d)",
        _version(),
        len(tools),
        source,
        args.transport,
        os.getpid(),
    )
    try:
        anyio.run(
            lambda: serve(
                tools,
                master=args.master,
                transport=args.transport,
                host=args.host,
                port=args.port,
                log_level=args.log_level,
            )
        )
    except KeyboardInterrupt:  # Ctrl-C in a terminal: a normal way to stop
        return 130
    except OSError as exc:  # e.g. the HTTP port is taken
        return _fail(f"cannot serve: {exc}")
    return 0


def _version() -> str:
    from .._version import __version__

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m determined_client.mcp [options]``."""
    parser = argparse.ArgumentParser(
        prog="python -m determined_client.mcp",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return run(add_arguments(parser).parse_args(argv))
