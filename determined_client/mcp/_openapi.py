"""The operations of ``openapi.yaml``, read once at startup, with their references resolved.

Only what a tool needs is kept: method, path, tags, prose, parameters (path-level ones
merged in), the JSON request body and the JSON schema of the success answer.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = ["STREAM_EXTENSION", "Operation", "load_spec", "operations"]

STREAM_EXTENSION = "x-determined-stream"
_METHODS = ("get", "put", "post", "delete", "patch")
_JSON = "application/json"


@dataclass(frozen=True)
class Operation:
    """One operation of the contract; schemas are still OpenAPI schemas (see _jsonschema)."""

    operation_id: str
    method: str  # upper case
    path: str
    tags: tuple[str, ...]
    summary: str
    description: str
    parameters: tuple[Mapping[str, Any], ...]
    body: Mapping[str, Any] | None  # the requestBody object, references resolved
    success: Mapping[str, Any] | None  # schema of the first 2xx JSON answer
    media: tuple[str, ...]  # content types of the first 2xx answer
    streaming: bool


def load_spec(path: Path) -> dict[str, Any]:
    """Parse the YAML contract (libyaml's parser when present: the whole API is large)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("rb") as f:
        spec = yaml.load(f, Loader=loader)  # noqa: S506 - a safe loader either way
    if not isinstance(spec, dict) or "paths" not in spec:
        raise ValueError(f"{path} is not an OpenAPI document (no paths)")
    return spec


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow a local ``$ref`` (parameters, request bodies, responses) to its object."""
    seen = 0
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#/") or seen > 16:
            raise ValueError(f"unsupported reference {ref!r}")
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node, seen = target, seen + 1
    return node


def _json_schema(spec: Mapping[str, Any], holder: Any) -> Mapping[str, Any] | None:
    content = (_resolve(spec, holder) or {}).get("content") or {}
    for media, value in content.items():
        if media.split(";")[0].strip() == _JSON and isinstance(value, Mapping):
            schema = value.get("schema")
            return schema if isinstance(schema, Mapping) else None
    return None


def _success(spec: Mapping[str, Any], responses: Mapping[str, Any]) -> Mapping[str, Any] | None:
    for status, response in sorted(responses.items(), key=lambda kv: str(kv[0])):
        if str(status).startswith("2"):
            return _json_schema(spec, response)
    return None


def _success_media(spec: Mapping[str, Any], responses: Mapping[str, Any]) -> tuple[str, ...]:
    for status, response in sorted(responses.items(), key=lambda kv: str(kv[0])):
        if str(status).startswith("2"):
            return tuple((_resolve(spec, response) or {}).get("content") or ()) or (_JSON,)
    return (_JSON,)


def _parameters(
    spec: Mapping[str, Any], item: Mapping[str, Any], op: Mapping[str, Any]
) -> tuple[Mapping[str, Any], ...]:
    """Path-level parameters, overridden by the operation's own (same name and location)."""
    merged: dict[tuple[str, str], Mapping[str, Any]] = {}
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = _resolve(spec, raw)
        merged[(param["name"], param["in"])] = param
    return tuple(merged.values())


def operations(spec: Mapping[str, Any]) -> Iterator[Operation]:
    """Every operation, in the order of the document."""
    for path, raw_item in (spec.get("paths") or {}).items():
        item = _resolve(spec, raw_item)
        for method in _METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            if not op.get("operationId"):
                raise ValueError(f"{method.upper()} {path} has no operationId")
            body = _resolve(spec, op["requestBody"]) if "requestBody" in op else None
            yield Operation(
                operation_id=str(op["operationId"]),
                method=method.upper(),
                path=str(path),
                tags=tuple(str(t) for t in op.get("tags") or ()),
                summary=str(op.get("summary") or "").strip(),
                description=str(op.get("description") or "").strip(),
                parameters=_parameters(spec, item, op),
                body=body,
                success=_success(spec, op.get("responses") or {}),
                media=_success_media(spec, op.get("responses") or {}),
                streaming=bool(op.get(STREAM_EXTENSION)),  # its value names the line schema
            )
