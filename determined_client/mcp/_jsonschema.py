"""OpenAPI 3.0 schemas as self-contained JSON Schema 2020-12 documents, for MCP tools.

MCP clients validate tool arguments and results with plain JSON Schema, which knows no
``nullable``, no boolean ``exclusiveMinimum`` and no ``#/components/...`` references. Each
component schema is converted once; a tool's schema carries only the components it reaches,
under ``$defs``, so shared and recursive schemas stay references and the document stays small.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["SchemaConverter"]

JSON = dict[str, Any]
_COMPONENT = "#/components/schemas/"
_DEF = "#/$defs/"
# OpenAPI-only keywords that JSON Schema validators do not know (or read differently).
_DROP = frozenset({"nullable", "example", "xml", "externalDocs", "discriminator"})
_COMPOSITIONS = ("allOf", "anyOf", "oneOf")
_SCHEMA_MAPS = ("properties", "patternProperties")
_SCHEMA_ONE = ("items", "not", "additionalItems")


class SchemaConverter:
    """Converts the schemas of one OpenAPI document.

    ``relax_enums`` drops the ``enum`` of string schemas, for results: a newer master may
    send enum values this contract does not know yet, and a result is not wrong for that.
    """

    def __init__(self, spec: Mapping[str, Any], *, relax_enums: bool = False) -> None:
        self._components: Mapping[str, Any] = spec.get("components", {}).get("schemas", {}) or {}
        self._relax = relax_enums
        self._defs: dict[str, JSON] = {}

    def convert(self, schema: Mapping[str, Any]) -> JSON:
        """One schema, its component references rewritten to ``#/$defs/<name>``."""
        out: JSON = self._node(schema)
        return out

    def resolve(self, schema: Mapping[str, Any]) -> JSON:
        """Like ``convert``, but a top-level reference is replaced by the component itself
        (an MCP output schema must be an object schema at its root)."""
        name = _component_name(schema)
        return copy.deepcopy(self.definition(name)) if name else self._node(schema)

    def definition(self, name: str) -> JSON:
        """The converted component ``name`` (converted once, cached)."""
        if name not in self._defs:
            if name not in self._components:
                raise ValueError(f"unknown schema {_COMPONENT}{name}")
            self._defs[name] = {}  # a placeholder first: recursive schemas end here
            self._defs[name] = self._node(self._components[name])
        return self._defs[name]

    def document(self, root: JSON) -> JSON:
        """``root`` with a ``$defs`` of every component it reaches (none: no ``$defs``)."""
        names: list[str] = []
        todo = list(_refs(root))
        while todo:
            name = todo.pop()
            if name in names:
                continue
            names.append(name)
            todo.extend(_refs(self.definition(name)))
        if not names:
            return root
        return {**root, "$defs": {n: copy.deepcopy(self.definition(n)) for n in sorted(names)}}

    # -- conversion of one schema object ----------------------------------------------
    def _node(self, schema: Any) -> Any:
        if isinstance(schema, bool):
            return schema
        if not isinstance(schema, Mapping):
            raise ValueError(f"a schema must be an object, not {type(schema).__name__}")
        name = _component_name(schema)
        if name is not None:  # OpenAPI 3.0 ignores a $ref's siblings; so do we
            self.definition(name)  # fail early on a dangling reference
            return {"$ref": _DEF + name}
        if "$ref" in schema:
            raise ValueError(f"unsupported reference {schema['$ref']!r} (only {_COMPONENT}...)")
        out: JSON = {}
        for key, value in schema.items():
            if key in _DROP or key.startswith("x-"):
                continue
            if key in _SCHEMA_MAPS:
                out[key] = {k: self._node(v) for k, v in value.items()}
            elif key in _SCHEMA_ONE or key == "additionalProperties":
                out[key] = self._node(value)
            elif key in _COMPOSITIONS:
                out[key] = [self._node(v) for v in value]
            else:
                out[key] = copy.deepcopy(value)
        _exclusive_bounds(schema, out)
        _known_required(out)
        if self._relax and _is_string_enum(out):
            del out["enum"]
        return _nullable(out) if schema.get("nullable") is True else out


def _component_name(schema: Mapping[str, Any]) -> str | None:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(_COMPONENT):
        return ref[len(_COMPONENT) :]
    return None


def _refs(node: Any) -> Iterator[str]:
    """Names of the ``$defs`` a converted schema refers to, at any depth."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_DEF):
            yield ref[len(_DEF) :]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _exclusive_bounds(schema: Mapping[str, Any], out: JSON) -> None:
    """OpenAPI 3.0's ``exclusiveMinimum: true`` + ``minimum: m`` is 2020-12's
    ``exclusiveMinimum: m`` (same for the maximum)."""
    for bound, flag in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if isinstance(schema.get(flag), bool):
            del out[flag]
            if schema[flag] and bound in out:
                out[flag] = out.pop(bound)


def _known_required(out: JSON) -> None:
    """Keep only required names that are properties: the upstream swagger lists some fields
    that no longer exist, and a result can never carry them."""
    if "required" in out and "properties" in out:
        out["required"] = [n for n in out["required"] if n in out["properties"]]
        if not out["required"]:
            del out["required"]


def _is_string_enum(out: JSON) -> bool:
    values = out.get("enum")
    return isinstance(values, list) and all(isinstance(v, str) for v in values)


def _nullable(out: JSON) -> JSON:
    """Admit null, as ``nullable: true`` does: in ``type`` (and ``enum``) for a plain
    schema, else as an ``anyOf`` alternative, so compositions cannot reject it."""
    if isinstance(out.get("type"), str) and not any(k in out for k in _COMPOSITIONS):
        out["type"] = [out["type"], "null"]
        if isinstance(out.get("enum"), list) and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        return out
    if not out:
        return out  # {} admits null already
    outer: JSON = {k: out.pop(k) for k in ("title", "description") if k in out}
    outer["anyOf"] = [out, {"type": "null"}]
    return outer
