"""MCP tools derived from the contract's operations: names, schemas, hints, selection.

Nothing here is written per tool. A tool's name is its operationId in lower case (the seed
capability's names: ``getExperiments`` -> ``getexperiments``); its arguments are the
operation's path and query parameters plus ``body`` for a JSON request body; its result is
the success JSON. Only ``login`` and ``logout`` differ: they act on the server's session.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ._jsonschema import SchemaConverter
from ._openapi import Operation

__all__ = [
    "BODY_ARGUMENT",
    "DEFAULT_OPERATIONS",
    "DESTRUCTIVE_WORDS",
    "Hints",
    "ToolDef",
    "build_tools",
    "hints_for",
    "select_operations",
    "tool_name",
]

log = logging.getLogger("determined_client.mcp")

#: The seed capability's tools, by operationId, in its order.
DEFAULT_OPERATIONS = (
    "login",
    "logout",
    "getUsers",
    "getClusterInfo",
    "getExperiments",
    "getExperiment",
    "getModels",
    "getCheckpoint",
    "getTemplates",
    "getAccessTokens",
)
#: A write whose operationId has one of these words may destroy state: destructiveHint.
#: (DELETE always has it.) The one place to extend, e.g. with "purge" or "revoke".
DESTRUCTIVE_WORDS = frozenset({"kill", "delete", "remove"})
#: The argument that carries an operation's JSON request body.
BODY_ARGUMENT = "body"
#: Operations that act on the server's own session instead of being sent as they are.
SESSION_OPERATIONS: Mapping[str, Literal["login", "logout"]] = {
    "login": "login",
    "logout": "logout",
}
_ME_OPERATION = "getMe"  # what login answers with: the user now logged in
_TOOL_NAME = re.compile(r"[A-Za-z0-9_.-]{1,128}")  # MCP's tool name rule
_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
_SESSION_TEXT = {
    "login": (
        "Logs the server's session in to the master with the credentials the server was "
        "started with (DET_USER/DET_PASS; with only a token, checks that the token works), "
        "and answers the user now logged in, as getMe does. Takes no arguments: credentials "
        "never pass through the conversation, and no token is ever returned."
    ),
    "logout": (
        "Ends the server's session on the master and forgets its token (in memory and in "
        "the token cache). The next tool call logs in again if the server has DET_USER/"
        "DET_PASS; with only a token, tools fail until the server is restarted."
    ),
}


@dataclass(frozen=True)
class Hints:
    """MCP tool annotations (hints to the client, not guarantees)."""

    read_only: bool
    destructive: bool
    idempotent: bool
    open_world: bool = False  # a Determined master is a closed world


@dataclass(frozen=True)
class ToolDef:
    """Everything the server needs to list and call one tool."""

    name: str
    operation: Operation
    kind: Literal["http", "login", "logout"]
    title: str
    description: str
    input_schema: dict[str, Any]
    output_schema: dict[str, Any] | None
    hints: Hints
    path_params: tuple[str, ...]
    query_params: tuple[str, ...]
    has_body: bool
    answer_with: Operation | None = None  # login answers with getMe's result
    accept: str | None = None  # the answer's media types when it is not JSON (CSV, archives)


def tool_name(operation_id: str) -> str:
    """``getExperiments`` -> ``getexperiments`` (the seed capability's convention)."""
    return operation_id.lower()


def _words(operation_id: str) -> set[str]:
    return {w.lower() for w in _WORDS.findall(operation_id)}


def hints_for(op: Operation) -> Hints:
    """readOnly+idempotent for GET; idempotent for PUT and DELETE; destructive for DELETE
    and for writes named with a word of ``DESTRUCTIVE_WORDS`` (killExperiment, ...)."""
    read_only = op.method == "GET"
    destructive = not read_only and (
        op.method == "DELETE" or bool(_words(op.operation_id) & DESTRUCTIVE_WORDS)
    )
    return Hints(
        read_only=read_only,
        destructive=destructive,
        idempotent=op.method in ("GET", "PUT", "DELETE"),
    )


# -- selection -------------------------------------------------------------------------
def _split(selectors: Iterable[str]) -> list[str]:
    return [part.strip() for raw in selectors for part in raw.split(",") if part.strip()]


def select_operations(ops: Sequence[Operation], selectors: Iterable[str]) -> list[Operation]:
    """The operations that ``--tools`` selects: the capability's in its order, then the
    others in document order.

    Each selector is ``default`` (the capability's 10), ``all`` (every non-streaming
    operation), a tag or an operationId / tool name (any case); ``-X`` removes what ``X``
    selects. A tag or ``all`` skips streaming operations; naming one is an error.
    Raises ``ValueError`` for an unknown selector or an empty selection.
    """
    by_id = {tool_name(op.operation_id): op for op in ops}
    by_tag: dict[str, list[Operation]] = {}
    for op in ops:
        for tag in op.tags:
            by_tag.setdefault(tag.lower(), []).append(op)
    include: set[str] = set()
    exclude: set[str] = set()
    for selector in _split(selectors):
        negate = selector.startswith("-")
        key = selector[1:].strip().lower() if negate else selector.lower()
        if key == "all":
            matched = [op for op in ops if not op.streaming]
        elif key == "default":
            missing = [o for o in DEFAULT_OPERATIONS if tool_name(o) not in by_id]
            if missing:
                raise ValueError(f"the contract lacks default operations: {', '.join(missing)}")
            matched = [by_id[tool_name(o)] for o in DEFAULT_OPERATIONS]
        elif key in by_tag or key in by_id:
            matched = [op for op in by_tag.get(key, []) if not op.streaming]
            named = by_id.get(key)
            if named is not None and named.streaming and not negate:
                raise ValueError(
                    f"{named.operation_id} streams its answer (newline-delimited JSON); "
                    "an MCP tool answers once, so it cannot be a tool"
                )
            if named is not None:
                matched.append(named)
        else:
            choices = ["all", "default", *by_tag, *by_id]
            close = difflib.get_close_matches(key, choices, n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise ValueError(f"--tools: no tag or operation {selector!r}{hint}")
        (exclude if negate else include).update(op.operation_id for op in matched)
    chosen = [op for op in ops if op.operation_id in include - exclude]
    if not chosen:
        raise ValueError("--tools selects no tool")
    first = {tool_name(o): i for i, o in enumerate(DEFAULT_OPERATIONS)}
    return sorted(chosen, key=lambda op: first.get(tool_name(op.operation_id), len(first)))


# -- schemas ---------------------------------------------------------------------------
def _body_schema(op: Operation) -> Mapping[str, Any] | None:
    if op.body is None:
        return None
    for media, value in (op.body.get("content") or {}).items():
        if media.split(";")[0].strip() == "application/json":
            schema = value.get("schema") if isinstance(value, Mapping) else None
            return schema if isinstance(schema, Mapping) else {}
    raise ValueError(f"{op.operation_id}: only JSON request bodies can be tool arguments")


def _input_schema(
    op: Operation, conv: SchemaConverter
) -> tuple[dict[str, Any], tuple[str, ...], tuple[str, ...], bool]:
    props: dict[str, Any] = {}
    required: list[str] = []
    where: dict[str, list[str]] = {"path": [], "query": []}
    for param in op.parameters:
        name, location = str(param["name"]), str(param["in"])
        if location not in where:
            log.debug("%s: %s parameter %r is not a tool argument", op.operation_id, location, name)
            continue
        if name in props:
            raise ValueError(f"{op.operation_id}: parameter {name!r} appears twice")
        schema = conv.convert(param.get("schema") or {})
        if param.get("description") and "description" not in schema:
            schema["description"] = str(param["description"]).strip()
        props[name] = schema
        where[location].append(name)
        if location == "path" or param.get("required"):
            required.append(name)
    body = _body_schema(op)
    if body is not None:
        if BODY_ARGUMENT in props:
            raise ValueError(f"{op.operation_id}: a parameter is named {BODY_ARGUMENT!r}")
        schema = conv.convert(body)
        text = str((op.body or {}).get("description") or "The JSON request body.").strip()
        schema.setdefault("description", text)
        props[BODY_ARGUMENT] = schema
        if (op.body or {}).get("required"):
            required.append(BODY_ARGUMENT)
    root: dict[str, Any] = {"type": "object", "properties": props}
    if required:
        root["required"] = required
    root["additionalProperties"] = False  # a misspelt argument is an error, not ignored
    return conv.document(root), tuple(where["path"]), tuple(where["query"]), body is not None


def _output_schema(
    success: Mapping[str, Any] | None, conv: SchemaConverter
) -> dict[str, Any] | None:
    """The success schema, if it is an object schema (MCP's rule for outputSchema)."""
    if success is None:
        return None
    root = conv.resolve(success)
    return conv.document(root) if root.get("type") == "object" else None


def _description(op: Operation, kind: str) -> str:
    parts = [op.summary or op.operation_id]
    parts.append(_SESSION_TEXT.get(kind, op.description))
    parts.append(f"{op.method} {op.path}")
    return "\n\n".join(p for p in parts if p)


def build_tools(
    spec: Mapping[str, Any], all_ops: Sequence[Operation], chosen: Sequence[Operation]
) -> list[ToolDef]:
    """A ToolDef per chosen operation. Raises ``ValueError`` for names MCP cannot carry
    or that collide once lower-cased."""
    inputs = SchemaConverter(spec)
    outputs = SchemaConverter(spec, relax_enums=True)
    me = next((op for op in all_ops if op.operation_id == _ME_OPERATION), None)
    tools: dict[str, ToolDef] = {}
    for op in chosen:
        name = tool_name(op.operation_id)
        if not _TOOL_NAME.fullmatch(name):
            raise ValueError(f"{op.operation_id}: {name!r} is not a valid MCP tool name")
        if name in tools:
            other = tools[name].operation.operation_id
            raise ValueError(f"{op.operation_id} and {other} both become tool {name!r}")
        kind: Literal["http", "login", "logout"] = SESSION_OPERATIONS.get(op.operation_id, "http")
        if kind == "http":
            schema, path_params, query_params, has_body = _input_schema(op, inputs)
            output = _output_schema(op.success, outputs)
        else:  # the session's credentials, never the conversation's
            schema = {"type": "object", "properties": {}, "additionalProperties": False}
            path_params, query_params, has_body = (), (), False
            output = _output_schema(me.success, outputs) if kind == "login" and me else None
        tools[name] = ToolDef(
            name=name,
            operation=op,
            kind=kind,
            title=op.summary or op.operation_id,
            description=_description(op, kind),
            input_schema=schema,
            output_schema=output,
            hints=hints_for(op),
            path_params=path_params,
            query_params=query_params,
            has_body=has_body,
            answer_with=me if kind == "login" else None,
            accept=None if "application/json" in op.media else ", ".join(op.media),
        )
    return list(tools.values())
