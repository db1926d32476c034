"""The MCP server: ``determined-client mcp`` or ``python -m determined_client.mcp``.

Tools are derived from ``openapi.yaml`` at startup (no code per tool) and run through an
``AsyncSession``. Needs the ``mcp`` extra: ``pip install 'determined-client[mcp]'``.
Importing this package imports nothing of the SDK; the server modules do, when it starts.
"""

from ._cli import main

__all__ = ["main"]
