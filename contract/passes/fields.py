"""Fields as they travel: presence, nulls, 64-bit integers, non-finite doubles, Any."""

from __future__ import annotations

from typing import Any

from ..facts import Facts
from ._doc import Schema, ref, ref_name, schemas, walk_all

#: Our schema for JSON null, so a nullable reference can say so in strict OpenAPI 3.0:
#: ``{nullable: true, anyOf: [{$ref: X}, {$ref: NullValue}]}`` (see ``nullable``).
NULL_VALUE = "NullValue"
#: The three strings proto3 JSON writes for a non-finite float or double.
NON_FINITE = "NonFiniteNumber"
NON_FINITE_VALUES = ["NaN", "Infinity", "-Infinity"]
INT64_PATTERN = "^-?[0-9]+$"
UINT64_PATTERN = "^[0-9]+$"
#: The largest finite IEEE 754 single-precision value.
FLOAT32_MAX = 3.4028234663852886e38
UINT32_MAX = 2**32 - 1


def drop_missing_required(doc: dict[str, Any], facts: Facts) -> None:
    """Required entries naming fields that do not exist (removed or misspelled in the
    protos) go: a schema cannot require what it does not declare."""
    for schema in schemas(doc).values():
        if "required" in schema:
            props = schema.get("properties", {})
            kept = [name for name in schema["required"] if name in props]
            if kept:
                schema["required"] = kept
            else:
                del schema["required"]


def nullable(schema: Schema, all_schemas: dict[str, Schema]) -> Schema:
    """``schema`` that also admits null, in the form both strict validators and the
    generator read right: a bare ``$ref`` cannot carry ``nullable``, and ``nullable`` needs
    a ``type`` beside it (the referenced schema's)."""
    name = ref_name(schema)
    if name is not None:
        kind = all_schemas[name].get("type", "object")
        return {"type": kind, "nullable": True, "anyOf": [schema, ref(NULL_VALUE)]}
    return {**schema, "nullable": True}


def apply_presence(doc: dict[str, Any], facts: Facts) -> None:
    """How each field travels, from ``presence.json``: ``nullable`` fields may be null,
    ``omittable`` ones are never required (and, like ``always`` ones, never null)."""
    all_schemas = schemas(doc)
    all_schemas[NULL_VALUE] = {"type": "object", "nullable": True, "enum": [None]}
    for name, fields in facts.presence.items():
        schema = all_schemas[name]
        props = schema.get("properties", {})
        for field, presence in fields.items():
            if presence == "nullable":
                props[field] = nullable(props[field], all_schemas)
            elif presence == "omittable" and field in schema.get("required", []):
                schema["required"].remove(field)
        if schema.get("required") == []:
            del schema["required"]


def int64_as_strings(doc: dict[str, Any], facts: Facts) -> None:
    """64-bit integers travel as JSON strings of digits: say which strings."""

    def visit(schema: Schema) -> None:
        if schema.get("type") == "string" and schema.get("format") in ("int64", "uint64"):
            schema["pattern"] = UINT64_PATTERN if schema["format"] == "uint64" else INT64_PATTERN

    walk_all(doc, visit)


def non_finite_doubles(doc: dict[str, Any], facts: Facts) -> None:
    """A float or double field may travel as "NaN", "Infinity" or "-Infinity" (proto3 JSON):
    every such field admits those three strings too. Query parameters stay plain numbers
    (a client never needs to send a non-finite filter)."""
    all_schemas = schemas(doc)
    all_schemas[NON_FINITE] = {"type": "string", "enum": list(NON_FINITE_VALUES)}

    def is_float(schema: Any) -> bool:
        return isinstance(schema, dict) and schema.get("type") == "number"

    def widen(schema: Schema) -> Schema:
        return {"anyOf": [schema, ref(NON_FINITE)]}  # a nullable number keeps its null

    def visit(schema: Schema) -> None:
        props = schema.get("properties", {})
        for name, prop in props.items():
            if is_float(prop):
                props[name] = widen(prop)
        for key in ("items", "additionalProperties"):
            if is_float(schema.get(key)):
                schema[key] = widen(schema[key])

    walk_all(doc, visit)


def float32_bounds(doc: dict[str, Any], facts: Facts) -> None:
    """A ``float`` (32-bit) field holds at most FLOAT32_MAX in magnitude: a master refuses a
    larger finite number rather than rounding it to infinity, so the contract says so."""

    def visit(schema: Schema) -> None:
        if schema.get("type") == "number" and schema.get("format") == "float":
            schema.setdefault("minimum", -FLOAT32_MAX)
            schema.setdefault("maximum", FLOAT32_MAX)

    walk_all(doc, visit)


def uint32_bounds(doc: dict[str, Any], facts: Facts) -> None:
    """protoc-gen-swagger writes uint32 as ``integer``/``int64``; bound it to its range."""

    def visit(schema: Schema) -> None:
        if schema.get("type") == "integer" and schema.get("format") == "int64":
            schema.setdefault("minimum", 0)
            schema.setdefault("maximum", UINT32_MAX)

    walk_all(doc, visit)


def protobuf_any_wire_shape(doc: dict[str, Any], facts: Facts) -> None:
    """``google.protobuf.Any`` travels as ``{"@type": url, ...the message's fields}``, not as
    the swagger's ``{typeUrl, value}``."""
    schemas(doc)["protobufAny"] = {
        "type": "object",
        "required": ["@type"],
        "properties": {"@type": {"type": "string"}},
        "additionalProperties": True,
    }
