"""Load openapi.yaml and turn its OpenAPI 3.0 schemas into plain JSON Schema for checks."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@cache
def load() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text())


def operations(spec: dict[str, Any] | None = None) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (METHOD, path, operation object)."""
    spec = spec or load()
    found = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                found[op["operationId"]] = (method.upper(), path, op)
    return found


def resolve(node: Any, spec: dict[str, Any] | None = None) -> Any:
    """Follow one local $ref."""
    spec = spec or load()
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def to_json_schema(schema: Any, spec: dict[str, Any] | None = None) -> Any:
    """Inline refs and spell `nullable: true` as JSON Schema's null type (strict 3.0.3)."""
    spec = spec or load()
    if isinstance(schema, list):
        return [to_json_schema(s, spec) for s in schema]
    if not isinstance(schema, dict):
        return schema
    schema = resolve(schema, spec)
    skip = ("example", "format", "properties")  # properties: a map of schemas, not a schema
    out = {k: to_json_schema(v, spec) for k, v in schema.items() if k not in skip}
    if "properties" in schema:
        out["properties"] = {k: to_json_schema(v, spec) for k, v in schema["properties"].items()}
    if out.pop("nullable", False) and "type" in out:
        out["type"] = [out["type"], "null"]
    return out
