"""Names: operationIds, schema names, and named enums for query parameters."""

from __future__ import annotations

import re
from typing import Any

from ..facts import Facts
from ._doc import REF_PREFIX, operations, ref, schemas, upper_camel

#: operationIds the seed (and so our users' code) already knows, by RPC name. Every other
#: operation is named after its RPC in lowerCamel (``GetExperimentTrials`` ->
#: ``getExperimentTrials``).
KEPT_OPERATION_IDS = {"GetMaster": "getClusterInfo"}

#: Schema renames that the prefix rule cannot make (see ``schema_name``).
SCHEMA_RENAMES = {
    "protobufAny": "ProtobufAny",  # plain "Any" would shadow typing.Any in generated code
    "protobufNullValue": "ProtobufNullValue",  # "NullValue" is our JSON-null schema
    "protobufFieldMask": "FieldMask",
    "runtimeStreamError": "StreamError",
}
_PACKAGE_PREFIX = re.compile(r"^([a-z]+)v1(?=[A-Z])")


def operation_id(rpc: str) -> str:
    """Our operationId for an RPC of the master."""
    return KEPT_OPERATION_IDS.get(rpc) or rpc[:1].lower() + rpc[1:]


def rpc_name(operation_id_: str) -> str:
    """The master's RPC name for one of our operationIds (inverse of ``operation_id``)."""
    kept = {ours: rpc for rpc, ours in KEPT_OPERATION_IDS.items()}
    return kept.get(operation_id_) or upper_camel(operation_id_)


def operation_ids(doc: dict[str, Any], facts: Facts) -> None:
    """operationIds are the RPC names in lowerCamel, except the seed's, which are kept."""
    for _, _, op in operations(doc):
        op["operationId"] = operation_id(op["operationId"])


def schema_name(name: str) -> str:
    """``v1Experiment`` -> ``Experiment``; ``experimentv1State`` -> ``ExperimentState``;
    ``trialv1Trial`` -> ``Trial``; other names stay (``HealthCheck``)."""
    if name in SCHEMA_RENAMES:
        return SCHEMA_RENAMES[name]
    if name.startswith("v1") and name[2:3].isupper():
        return name[2:]
    match = _PACKAGE_PREFIX.match(name)
    if match:
        package, rest = upper_camel(match.group(1)), name[match.end() :]
        return rest if rest.startswith(package) else package + rest
    return name


def rename_schemas(doc: dict[str, Any], facts: Facts) -> None:
    """Schema names lose the protobuf package prefixes (``v1``, ``experimentv1``) and titles
    go (the generator would name classes after them). Two schemas may not share a name."""
    old = schemas(doc)
    names = {name: schema_name(name) for name in old}
    seen: dict[str, str] = {}
    for before, after in names.items():
        if after in seen:
            raise ValueError(f"schemas {seen[after]} and {before} would both be named {after}")
        seen[after] = before
    for schema in old.values():
        schema.pop("title", None)
    doc["components"]["schemas"] = {names[n]: s for n, s in old.items()}
    _rename_refs(doc, names, set())


def _rename_refs(node: Any, names: dict[str, str], seen: set[int]) -> None:
    """Point every schema ``$ref`` below ``node`` at the renamed schema (a node reached
    twice, shared by two places, is renamed once)."""
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, dict):
        target = node.get("$ref")
        if isinstance(target, str) and target.startswith(REF_PREFIX):
            node["$ref"] = REF_PREFIX + names[target.removeprefix(REF_PREFIX)]
        for value in node.values():
            _rename_refs(value, names, seen)
    elif isinstance(node, list):
        for value in node:
            _rename_refs(value, names, seen)


def _enum_values(schema: dict[str, Any]) -> list[str] | None:
    values = schema.get("enum") or schema.get("items", {}).get("enum")
    return list(values) if values else None


def inline_query_enums(doc: dict[str, Any], facts: Facts) -> None:
    """A query parameter's inline enum becomes a reference to the named enum with the same
    members, so there is one type per enum (``OrderBy``, not one copy per operation). When
    several enums share the members, the one named after the request wins
    (``v1GetShellsRequestSortBy`` for getShells' ``sortBy``)."""
    enums: dict[str, list[str]] = {}
    for name, schema in schemas(doc).items():
        if "enum" in schema and schema.get("type") == "string":
            enums[name] = schema["enum"]
    for _, _, op in operations(doc):
        for param in op.get("parameters", []):
            schema = param.get("schema", {})
            values = _enum_values(schema)
            if values is None or param["in"] != "query":
                continue
            found = [name for name, members in enums.items() if members == values]
            own = f"v1{rpc_name(op['operationId'])}Request{upper_camel(param['name'])}"
            if len(found) > 1 and own in found:
                found = [own]
            if len(found) != 1:
                raise ValueError(f"{op['operationId']} {param['name']}: enum matches {found}")
            if schema.get("type") == "array":
                schema["items"] = ref(found[0])
            else:
                param["schema"] = ref(found[0])
