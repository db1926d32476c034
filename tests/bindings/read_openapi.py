"""Read our ``openapi.yaml`` (already loaded as a dict) into the gate's neutral ``Api``.

Our ways of saying what the bindings say, undone here (see ``api_model`` for the kinds):

- a nullable value is ``nullable: true`` beside its type, and a nullable reference is
  ``anyOf: [{$ref: X}, {$ref: NullValue}]``: the kind is X's, the field is nullable;
- a double is ``anyOf: [number, {$ref: NonFiniteNumber}]``: kind ``number`` (a bare
  ``number`` is ``finite-number``, which the bindings' ``float()`` contradicts);
- a stream operation carries ``x-determined-stream: <LineSchema>`` and answers that line
  schema, ``{result: X, error: StreamError}``: kind ``stream<result=...,error=...>``; the line
  schemas themselves are this encoding, not messages of the master, so they are not compared
  as schemas;
- a message with no fields is ``{type: object}``: an answer of kind ``empty``. The bindings
  generator writes no class for such a message, so there is nothing to compare field by field
  and these schemas are left out of the schema comparison (an answer still is compared).
"""

from __future__ import annotations

import re
from typing import Any

from .api_model import Api, Field, Operation, Param, Schema

REF_PREFIX = "#/components/schemas/"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
STREAM_EXTENSION = "x-determined-stream"
NULL_VALUE = "NullValue"
NON_FINITE = "NonFiniteNumber"
_VARIABLE = re.compile(r"\{[^}]+\}")


def path_shape(path: str) -> str:
    """``/api/v1/experiments/{experimentId}`` -> ``/api/v1/experiments/{}``.

    Our path variables are renamed (``{experiment.id}`` -> ``{experimentId}``) and paths of
    one shape merged, so only the shape is comparable; it is also all a URL carries."""
    return _VARIABLE.sub("{}", path)


def _ref_name(schema: Any) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        target: str = schema["$ref"]
        if target.startswith(REF_PREFIX):
            return target.removeprefix(REF_PREFIX)
    return None


def kind(schema: dict[str, Any]) -> tuple[str, bool]:
    """(kind, nullable) of one of our schemas."""
    nullable = bool(schema.get("nullable", False))
    name = _ref_name(schema)
    if name is not None:
        return "ref:" + name, nullable
    if "anyOf" in schema:
        members = schema["anyOf"]
        names = [_ref_name(m) for m in members]
        rest = [m for m, n in zip(members, names, strict=True) if n not in (NULL_VALUE, NON_FINITE)]
        if len(rest) != 1:
            return "anyOf<" + ",".join(kind(m)[0] for m in members) + ">", nullable
        inner, inner_nullable = kind(rest[0])
        if NON_FINITE in names:
            inner = "number" if inner == "finite-number" else f"{inner}|{NON_FINITE}"
        return inner, nullable or inner_nullable or NULL_VALUE in names
    match schema.get("type"):
        case "string":
            return "string", nullable
        case "integer":
            return "integer", nullable
        case "number":
            return "finite-number", nullable
        case "boolean":
            return "boolean", nullable
        case "array":
            return f"array<{kind(schema.get('items', {}))[0]}>", nullable
        case "object":
            if schema.get("properties"):
                return "inline-object", nullable
            values = schema.get("additionalProperties")
            if isinstance(values, dict) and values:
                return f"map<{kind(values)[0]}>", nullable
            return "object", nullable
    return "any", nullable


def _resolved(doc: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    """``op`` with its parameters, request body and answers that are ``$ref``s (to
    ``components.parameters`` and the like) replaced by what they point at."""

    def follow(node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = doc
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    return {
        **op,
        "parameters": [follow(p) for p in op.get("parameters", [])],
        "requestBody": follow(op.get("requestBody", {})),
        "responses": {code: follow(r) for code, r in op.get("responses", {}).items()},
    }


def _is_empty_message(schema: dict[str, Any]) -> bool:
    return schema == {"type": "object"}


def read(doc: dict[str, Any]) -> Api:
    """The API ``doc`` (our OpenAPI 3.0 document) describes."""
    all_schemas: dict[str, Any] = doc.get("components", {}).get("schemas", {})
    api = Api()
    line_schemas = set()
    for path, item in doc["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                if STREAM_EXTENSION in op:
                    line_schemas.add(op[STREAM_EXTENSION])
                key = (method.upper(), path_shape(path))
                if key in api.operations:
                    raise ValueError(f"{key} is declared twice in openapi.yaml")
                api.operations[key] = _operation(path, _resolved(doc, op), all_schemas)
    for name, schema in all_schemas.items():
        if name in line_schemas or _is_empty_message(schema):
            continue
        api.schemas[name] = _schema(schema)
    return api


def _schema(schema: dict[str, Any]) -> Schema:
    if "enum" in schema:
        return Schema(members=[str(m) for m in schema["enum"]])
    required = schema.get("required", [])
    properties = schema.get("properties", {})
    fields = {}
    for name, prop in properties.items():
        prop_kind, nullable = kind(prop)
        fields[name] = Field(kind=prop_kind, required=name in required, nullable=nullable)
    for name in required:
        if name not in properties:  # demanded of every answer, yet no such field
            fields[name] = Field(kind="undeclared", required=True, nullable=None)
    return Schema(fields=fields)


def _json_schema(part: dict[str, Any]) -> dict[str, Any] | None:
    media = part.get("content", {}).get("application/json")
    return None if media is None else media.get("schema", {})


def _operation(path: str, op: dict[str, Any], all_schemas: dict[str, Any]) -> Operation:
    params = op.get("parameters", [])
    in_path = {p["name"]: kind(p.get("schema", {}))[0] for p in params if p["in"] == "path"}
    query = {
        p["name"]: Param(kind=kind(p.get("schema", {}))[0], required=bool(p.get("required")))
        for p in params
        if p["in"] == "query"
    }
    body = _json_schema(op.get("requestBody", {}))
    return Operation(
        path=[in_path.get(name[1:-1], "undeclared") for name in _VARIABLE.findall(path)],
        query=query,
        body=None if body is None else kind(body)[0],
        response=_response(op, all_schemas),
    )


def _response(op: dict[str, Any], all_schemas: dict[str, Any]) -> str:
    ok = op.get("responses", {}).get("200", {})
    schema = _json_schema(ok)
    if schema is None:
        return "non-json<" + ",".join(ok.get("content", {})) + ">"
    if STREAM_EXTENSION in op:
        line = all_schemas.get(op[STREAM_EXTENSION], {})
        props = line.get("properties", {})
        if _ref_name(schema) != op[STREAM_EXTENSION] or set(props) != {"result", "error"}:
            return f"bad-stream<{op[STREAM_EXTENSION]}>"
        return f"stream<result={kind(props['result'])[0]},error={kind(props['error'])[0]}>"
    name = _ref_name(schema)
    if name is not None and _is_empty_message(all_schemas.get(name, {})):
        return "empty"
    return kind(schema)[0]
