"""How a real master reads a request body, as rules read from the contract.

The master (grpc-gateway v1, golang/protobuf ``jsonpb``) reads every request body as JSON
whatever its ``Content-Type`` (the official SDK sends none), takes a missing body as the empty
message, and, like every protobuf JSON parser, accepts 32-bit integers and floats written as
JSON strings (``"tokenId": "5"``) and 64-bit integers written as JSON numbers. Prism
validates a body strictly as the contract spells it. The mock's front process
(:mod:`determined_client.testing._front`) uses these rules to rewrite what the master would
accept into the contract's spelling before Prism sees it, so the mock accepts what the master
accepts. Nothing here is per operation: the rules come from the contract's schemas.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["BodyRules", "Operation", "load_contract"]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Go's encoding/json number grammar, which jsonpb applies to the text inside the quotes.
_INTEGER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)\Z")
_NUMBER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\Z")
_INT64_FORMATS = frozenset({"int64", "uint64", "fixed64", "sfixed64", "sint64"})
_UNSIGNED_FORMATS = frozenset({"uint32", "uint64", "fixed32", "fixed64"})
Schema = Mapping[str, Any]


def load_contract(path: str | Path) -> dict[str, Any]:
    """Parse an OpenAPI document (YAML or JSON) with PyYAML's C loader when available."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, "rb") as fh:
        document = yaml.load(fh, Loader=loader)  # noqa: S506 - a safe loader
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise ValueError(f"{path} is not an OpenAPI document (no `paths`)")
    return document


@dataclass(frozen=True)
class Operation:
    """One operation of the contract: how to recognise its requests, and its body's schema."""

    method: str  # upper case
    template: str  # the contract's path, e.g. /api/v1/tokens/{tokenId}
    pattern: re.Pattern[str]
    literal_chars: int  # how specific the template is: literal paths win over templated ones
    body_schema: Schema | None  # schema of the application/json request body, if it takes one


def _path_pattern(template: str) -> tuple[re.Pattern[str], int]:
    parts = re.split(r"(\{[^}/]+\})", template)
    regex = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
    literal = sum(len(p) for p in parts if not p.startswith("{"))
    return re.compile(regex + r"\Z"), literal


def _json_body_schema(operation: Mapping[str, Any], resolve: Any) -> Schema | None:
    body = resolve(operation.get("requestBody"))
    if not isinstance(body, Mapping):
        return None
    content = body.get("content") or {}
    for media_type, media in content.items():
        if media_type.split(";")[0].strip().lower().endswith(("/json", "+json")):
            schema = media.get("schema") if isinstance(media, Mapping) else None
            return schema if isinstance(schema, Mapping) else {}
    return None


class BodyRules:
    """The contract's operations, and the rewrite of a body into the contract's spelling."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document
        operations: list[Operation] = []
        for template, item in (document.get("paths") or {}).items():
            item = self._resolve(item)
            if not isinstance(item, Mapping):
                continue
            pattern, literal = _path_pattern(str(template))
            for method in _METHODS:
                operation = item.get(method)
                if isinstance(operation, Mapping):
                    schema = _json_body_schema(operation, self._resolve)
                    operations.append(
                        Operation(method.upper(), str(template), pattern, literal, schema)
                    )
        # Most specific first, as Prism routes: /experiments/metrics beats /experiments/{id}.
        operations.sort(key=lambda op: (-op.literal_chars, op.template))
        self.operations = tuple(operations)

    @classmethod
    def from_file(cls, path: str | Path) -> BodyRules:
        return cls(load_contract(path))

    def match(self, method: str, path: str) -> Operation | None:
        """The operation serving ``method`` ``path`` (no query string), or None."""
        method = method.upper()
        for operation in self.operations:
            if operation.method == method and operation.pattern.match(path):
                return operation
        return None

    def normalize(self, value: Any, schema: Schema | None) -> Any:
        """``value`` with every number the master would read spelled as ``schema`` says.

        Strings of digits become integers where the schema wants an integer (and no
        string), decimal strings become numbers where it wants a number, and integers
        become strings where it wants a 64-bit integer as a string. A declared field sent
        as null is left out (protobuf JSON reads null as "not set"; the official SDK sends
        every unset field of a request that way), unless the contract lets it be null.
        Everything else is returned as it is, for Prism to judge.
        """
        if schema is None:
            return value
        branches = list(self._branches(schema))
        if isinstance(value, dict):
            return {
                k: self.normalize(v, self._property(branches, k))
                for k, v in value.items()
                if not (v is None and self._unset_by_null(branches, k))
            }
        if isinstance(value, list):
            items = next(
                (b["items"] for b in branches if isinstance(b.get("items"), Mapping)), None
            )
            return [self.normalize(v, items) for v in value]
        types = _types(branches)
        if isinstance(value, str) and "string" not in types:
            return _number_from_text(value, branches, types)
        int64 = types == {"string"} and any(b.get("format") in _INT64_FORMATS for b in branches)
        if int64 and isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return value

    # -- schema plumbing -----------------------------------------------------------------

    def _resolve(self, node: Any) -> Any:
        """Follow local ``$ref``s (``#/components/...``); other nodes come back unchanged."""
        for _ in range(64):  # a ref chain longer than this is a cycle
            if not isinstance(node, Mapping) or not isinstance(node.get("$ref"), str):
                return node
            ref: str = node["$ref"]
            if not ref.startswith("#/"):
                return {}  # a remote reference: no rules, Prism judges the body alone
            target: Any = self._document
            for token in ref[2:].split("/"):
                token = token.replace("~1", "/").replace("~0", "~")
                target = target.get(token) if isinstance(target, Mapping) else None
            node = target
        return {}

    def _branches(self, schema: Any, depth: int = 0) -> Iterator[Schema]:
        """The schema and every allOf/anyOf/oneOf branch under it, references resolved."""
        schema = self._resolve(schema)
        if not isinstance(schema, Mapping) or depth > 16:
            return
        yield schema
        for key in ("allOf", "anyOf", "oneOf"):
            for branch in schema.get(key) or ():
                yield from self._branches(branch, depth + 1)

    def _unset_by_null(self, branches: list[Schema], name: str) -> bool:
        """Whether null for field ``name`` means "not set": a declared, typed field that
        may not be null (a map's values and untyped fields keep their nulls)."""
        for branch in branches:
            properties = branch.get("properties")
            if isinstance(properties, Mapping) and name in properties:
                field = list(self._branches(properties[name]))
                typed = any("type" in b or "enum" in b or "properties" in b for b in field)
                return typed and not any(b.get("nullable") for b in field)
        return False

    def _property(self, branches: list[Schema], name: str) -> Schema | None:
        for branch in branches:
            properties = branch.get("properties")
            if isinstance(properties, Mapping) and name in properties:
                found = self._resolve(properties[name])
                return found if isinstance(found, Mapping) else None
        for branch in branches:
            extra = branch.get("additionalProperties")
            if isinstance(extra, Mapping):
                found = self._resolve(extra)
                return found if isinstance(found, Mapping) else None
        return None


def _types(branches: list[Schema]) -> set[str]:
    """Every JSON type the branches name (``type`` may be a list in OpenAPI 3.1)."""
    found: set[str] = set()
    for branch in branches:
        kind = branch.get("type")
        found.update(kind if isinstance(kind, list) else [kind] if isinstance(kind, str) else [])
    return found


def _number_from_text(text: str, branches: list[Schema], types: set[str]) -> Any:
    if "integer" in types and _INTEGER_TEXT.match(text):
        number = int(text)
        unsigned = any(b.get("format") in _UNSIGNED_FORMATS for b in branches)
        return text if unsigned and number < 0 else number
    if "number" in types and _NUMBER_TEXT.match(text):
        as_float = float(text)
        return int(text) if _INTEGER_TEXT.match(text) else as_float
    return text
