"""The ``determined-client`` command. Subcommands: ``mcp`` (the MCP server).

argparse, from the standard library: the base package keeps its two runtime dependencies
(httpx, attrs), and a subcommand or two needs no CLI framework.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ._version import __version__

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``determined-client`` console script; returns the exit code."""
    from .mcp import _cli as mcp_cli  # imports no SDK: only argparse options

    parser = argparse.ArgumentParser(prog="determined-client")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    mcp = commands.add_parser(
        "mcp",
        help="serve the API to AI agents as MCP tools (needs the [mcp] extra)",
        description=mcp_cli.DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    mcp_cli.add_arguments(mcp)
    args = parser.parse_args(argv)
    return mcp_cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
