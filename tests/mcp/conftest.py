"""Shared facts for the MCP server tests: the contract, read independently of the server's
own reader, the seed capability's tools, and a way to make valid arguments for any tool."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from ..unit.conftest import ENV_VARS

ROOT = Path(__file__).resolve().parents[2]
# libyaml (7x faster than PyYAML's Python loader, same result): every xdist worker reads it.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SPEC: dict[str, Any] = yaml.load((ROOT / "openapi.yaml").read_text(), Loader=_LOADER)  # noqa: S506
METHODS = ("get", "put", "post", "delete", "patch")

# The seed capability (naftiko determined-ai-capability.yaml, exposes: type mcp): its tool
# names and hints, exactly. (readOnly, destructive, idempotent)
CAPABILITY_TOOLS = {
    "login": (False, False, False),
    "logout": (False, False, False),
    "getusers": (True, False, True),
    "getclusterinfo": (True, False, True),
    "getexperiments": (True, False, True),
    "getexperiment": (True, False, True),
    "getmodels": (True, False, True),
    "getcheckpoint": (True, False, True),
    "gettemplates": (True, False, True),
    "getaccesstokens": (True, False, True),
}


def spec_operations(spec: dict[str, Any] = SPEC) -> list[tuple[str, str, bool]]:
    """(operationId, METHOD, streams) of every operation, walked straight off the YAML."""
    return [
        (op["operationId"], method.upper(), bool(op.get("x-determined-stream")))
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in METHODS
    ]


def spec_operation(operation_id: str, spec: dict[str, Any] = SPEC) -> dict[str, Any]:
    for item in spec["paths"].values():
        for method, op in item.items():
            if method in METHODS and op["operationId"] == operation_id:
                return dict(op)
    raise KeyError(operation_id)


def success_example(operation_id: str, media: str = "application/json") -> Any:
    """The spec's example of the 200 JSON answer, or None where it has none."""
    answer = spec_operation(operation_id)["responses"].get("200", {})
    return answer.get("content", {}).get(media, {}).get("example")


def tag_tool_names(tag: str, spec: dict[str, Any] = SPEC) -> list[str]:
    """Tool names of a tag's non-streaming operations, in document order."""
    return [
        op["operationId"].lower()
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in METHODS and tag in op.get("tags", []) and not op.get("x-determined-stream")
    ]


def non_streaming_tool_names(spec: dict[str, Any] = SPEC) -> set[str]:
    return {op_id.lower() for op_id, _, streams in spec_operations(spec) if not streams}


def example_arguments(schema: dict[str, Any], root: dict[str, Any] | None = None) -> Any:
    """A small value that fits ``schema`` (required properties only), for calling any tool."""
    root = root or schema
    if "$ref" in schema:
        return example_arguments(root["$defs"][schema["$ref"].rsplit("/", 1)[1]], root)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            return example_arguments(schema[key][0], root)
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    kind = schema.get("type", "object")
    kind = next(t for t in kind if t != "null") if isinstance(kind, list) else kind
    if kind == "object":
        props = schema.get("properties", {})
        return {n: example_arguments(props[n], root) for n in schema.get("required", [])}
    if kind == "array":
        return []
    if kind == "string":
        formats = {"date-time": "2026-11-30T12:00:00Z", "date": "2026-11-30"}
        return formats.get(schema.get("format", ""), "1" if "pattern" in schema else "x")
    return {"integer": 1, "number": 1.5, "boolean": True}[kind]


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """In-process sessions too: no credentials, proxies or CA settings of the machine's,
    and a token cache of the test's own."""
    for var in ENV_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))


@pytest.fixture
def clean_env(tmp_path: Path) -> dict[str, str]:
    """An environment for a server process: none of the variables above, its own config
    directory (token cache), PATH kept so the console script runs."""
    home = tmp_path / "home"
    home.mkdir()
    keep = {k: v for k, v in os.environ.items() if k not in ENV_VARS}
    keep = {k: v for k, v in keep.items() if not k.startswith(("DET_", "DETERMINED_"))}
    return keep | {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
