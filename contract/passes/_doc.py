"""Small accessors over an OpenAPI 3.0 document, shared by the passes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
Schema = dict[str, Any]
REF_PREFIX = "#/components/schemas/"


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation, in document order."""
    for path, item in doc["paths"].items():
        for method in METHODS:
            if method in item:
                yield method, path, item[method]


def schemas(doc: dict[str, Any]) -> dict[str, Schema]:
    found: dict[str, Schema] = doc.setdefault("components", {}).setdefault("schemas", {})
    return found


def ref(name: str) -> Schema:
    return {"$ref": REF_PREFIX + name}


def ref_name(schema: Any) -> str | None:
    """The component name a ``$ref`` schema points at, else None."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        target: str = schema["$ref"]
        if target.startswith(REF_PREFIX):
            return target.removeprefix(REF_PREFIX)
    return None


def children(schema: Schema) -> Iterator[Schema]:
    """The sub-schemas directly inside ``schema``."""
    yield from schema.get("properties", {}).values()
    for key in ("items", "additionalProperties", "not"):
        sub = schema.get(key)
        if isinstance(sub, dict):
            yield sub
    for key in ("anyOf", "allOf", "oneOf"):
        yield from schema.get(key, [])


def walk(schema: Schema, visit: Callable[[Schema], None]) -> None:
    """Call ``visit`` on ``schema`` and every schema nested in it (not through $refs)."""
    visit(schema)
    for sub in list(children(schema)):
        walk(sub, visit)


def top_schemas(doc: dict[str, Any]) -> Iterator[Schema]:
    """Every schema root of the document: components, parameters, bodies, responses."""
    yield from schemas(doc).values()
    for _, _, op in operations(doc):
        for param in op.get("parameters", []):
            if "schema" in param:
                yield param["schema"]
        bodies = [op.get("requestBody", {}), *list(op.get("responses", {}).values())]
        for body in bodies:
            for media in body.get("content", {}).values():
                if "schema" in media:
                    yield media["schema"]


def walk_all(doc: dict[str, Any], visit: Callable[[Schema], None]) -> None:
    """``walk`` over every schema of the document."""
    for root in list(top_schemas(doc)):
        walk(root, visit)


def lower_camel(name: str) -> str:
    return name[:1].lower() + name[1:]


def upper_camel(name: str) -> str:
    return name[:1].upper() + name[1:]


def json_media(schema: Schema) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}
