"""``python -m determined_client.mcp``: run the MCP server."""

import sys

from ._cli import main

sys.exit(main())
