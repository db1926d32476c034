"""The facts folder: what a real master serves, as data (read-only input of the build).

A facts folder (``../shared/upstream/determined-<version>/``) holds the master's swagger with
prose removed, field presence in responses, the routes outside grpc-gateway, and how often
the official SDK and CLI call each operation. See ``../shared/upstream/README.md``.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SWAGGER = "api.swagger.facts.json"
PRESENCE = "presence.json"
ECHO_ROUTES = "echo-routes.json"
CALLSITES = "callsites.tsv"
#: Where a checkout finds the facts: ``../shared/upstream/determined-0.38.1`` beside it.
DEFAULT_DIR = Path(__file__).resolve().parents[1].parent / "shared/upstream/determined-0.38.1"


@dataclass(frozen=True)
class Facts:
    """Everything the passes may consult, keyed by the swagger's own names."""

    swagger: dict[str, Any]
    #: definition name -> field name -> "always" | "nullable" | "omittable"
    presence: dict[str, dict[str, str]]
    #: the routes the master serves outside grpc-gateway (``/health``, ``/info``, ...)
    echo_routes: list[dict[str, Any]]
    #: swagger operationId -> calls in the official SDK and CLI (core + other)
    callsites: dict[str, int]
    #: sha256 of the swagger file, recorded in the contract for provenance
    swagger_sha256: str
    #: the master release the facts describe, e.g. "0.38.1" (from the folder name)
    version: str


def load(directory: Path) -> Facts:
    """Read a facts folder; a missing file raises FileNotFoundError naming it."""
    raw = (directory / SWAGGER).read_bytes()
    calls: dict[str, int] = {}
    with (directory / CALLSITES).open(newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            calls[row["operationId"]] = int(row["core_calls"]) + int(row["other_calls"])
    return Facts(
        swagger=json.loads(raw),
        presence=json.loads((directory / PRESENCE).read_text()),
        echo_routes=json.loads((directory / ECHO_ROUTES).read_text())["routes"],
        callsites=calls,
        swagger_sha256=hashlib.sha256(raw).hexdigest(),
        version=directory.resolve().name.removeprefix("determined-"),
    )
