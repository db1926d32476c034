"""Our own words: the document's info, tag, operation, parameter and schema texts.

The facts carry no prose. Every text comes from ``contract/text/*.yaml``, written by us;
where an operation has no summary there yet, one is made from its RPC name (and the build
says so), so a new master release compiles before its texts are written.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ..facts import Facts
from ._doc import Schema, operations, ref_name, schemas
from .responses import STREAM_EXTENSION

TEXT_DIR = Path(__file__).resolve().parents[1] / "text"
INTERNAL_TAG = "Internal"
INTERNAL_NOTE = (
    "Internal to Determined (its own tools and agents use it): unstable, and may change or "
    "go in any master release."
)


@cache
def load_text(name: str) -> dict[str, Any]:
    """One of our text files (``contract/text/<name>.yaml``); empty if absent."""
    path = TEXT_DIR / f"{name}.yaml"
    data: dict[str, Any] = yaml.safe_load(path.read_text()) if path.exists() else {}
    return data or {}


def info_and_tags(doc: dict[str, Any], facts: Facts) -> None:
    """Title, version (the master release the facts describe), our description, where the
    facts came from, the server, and every tag in use with our description."""
    info = load_text("info")
    doc["info"] = {
        "title": info["title"],
        "version": facts.version,
        "description": info["description"],
        "contact": info["contact"],
        "license": info["license"],
        "x-facts": {"swagger-sha256": facts.swagger_sha256},
    }
    doc["servers"] = info["servers"]
    described = load_text("tags")
    used = sorted({tag for _, _, op in operations(doc) for tag in op.get("tags", [])})
    missing = [tag for tag in used if tag not in described]
    if missing:
        raise ValueError(f"tags without a description in contract/text/tags.yaml: {missing}")
    doc["tags"] = [{"name": tag, "description": described[tag]} for tag in used]


def document_internal_operations(doc: dict[str, Any], facts: Facts) -> None:
    """Operations tagged Internal are generated like the rest (the official SDK calls 41 of
    them), and say that they are unstable."""
    for _, _, op in operations(doc):
        if INTERNAL_TAG in op.get("tags", []):
            op["x-determined-internal"] = True


def derived_summary(operation_id: str) -> str:
    """``getExperimentTrials`` -> ``Get experiment trials`` (a stopgap until written)."""
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", operation_id)
    text = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words)
    return text[:1].upper() + text[1:]


def _response_description(code: str, op: dict[str, Any]) -> str:
    if code == "200" and STREAM_EXTENSION in op:
        return "Newline-delimited JSON: one line per result, or a line with the error."
    if code == "200":
        return "Success."
    if code == "503":
        return "The master or one of its dependencies is down."
    return "Error."


def describe(doc: dict[str, Any], facts: Facts) -> None:
    """Summaries on every operation, and our descriptions where the meaning is not obvious
    (operations, parameters, schemas and fields)."""
    op_text = load_text("operations")
    params_text = load_text("parameters")
    by_name, by_op = params_text.get("by_name", {}), params_text.get("by_operation", {})
    check_operation_texts(doc, op_text, by_op)
    derived = []
    for _, _, op in operations(doc):
        oid = op["operationId"]
        text = op_text.get(oid) or {}
        if "summary" not in text:
            derived.append(oid)
        op["summary"] = text.get("summary") or derived_summary(oid)
        notes = [
            text.get("description"),
            INTERNAL_NOTE if op.get("x-determined-internal") else None,
        ]
        if any(notes):
            op["description"] = "\n\n".join(n.strip() for n in notes if n)
        for param in op.get("parameters", []):
            said = by_op.get(oid, {}).get(param["name"]) or by_name.get(param["name"])
            if said:
                param["description"] = said.strip()
            _order_keys(param, _PARAMETER_KEY_ORDER)
        for code, response in op["responses"].items():
            if "$ref" not in response:
                response["description"] = _response_description(code, op)
        _order_keys(op, _OPERATION_KEY_ORDER)
    describe_schemas(schemas(doc), load_text("schemas"))
    if derived:
        print(f"contract: {len(derived)} operations have derived summaries", file=sys.stderr)


def describe_schemas(all_schemas: dict[str, Schema], said: dict[str, str]) -> None:
    """``Schema`` or ``Schema.field`` -> our description. A field that is a ``$ref`` cannot
    carry one (OpenAPI 3.0 ignores every sibling of ``$ref``): the referenced schema is
    described instead, and naming such a field fails the build rather than vanish."""
    for key, text in said.items():
        name, _, field = key.partition(".")
        if name not in all_schemas:
            raise ValueError(f"contract/text/schemas.yaml: {key!r} names no schema {name!r}")
        target = all_schemas[name]
        if field:
            properties = target.get("properties", {})
            if field not in properties:
                raise ValueError(f"contract/text/schemas.yaml: {name} has no field {field!r}")
            target = properties[field]
        if "$ref" in target:
            referenced = ref_name(target) or target["$ref"]
            raise ValueError(
                f"contract/text/schemas.yaml: {key} is a $ref to {referenced}, and OpenAPI 3.0 "
                f"ignores a description beside $ref: describe {referenced} instead"
            )
        target["description"] = text.strip()


def check_operation_texts(
    doc: dict[str, Any], op_text: dict[str, Any], by_op: dict[str, dict[str, str]]
) -> None:
    """A text for an operation or parameter that does not exist is a typo or a stale entry:
    fail rather than leave the real one undescribed."""
    params = {
        op["operationId"]: {p["name"] for p in op.get("parameters", [])}
        for _, _, op in operations(doc)
    }
    unknown = sorted(set(op_text) - set(params))
    if unknown:
        raise ValueError(f"contract/text/operations.yaml: no such operations: {unknown}")
    for oid, said in by_op.items():
        if oid not in params:
            raise ValueError(f"contract/text/parameters.yaml by_operation: no operation {oid!r}")
        stray = sorted(set(said) - params[oid])
        if stray:
            raise ValueError(f"contract/text/parameters.yaml: {oid} has no parameters {stray}")


_OPERATION_KEY_ORDER = (
    "tags", "summary", "description", "operationId", "x-determined-internal",
    STREAM_EXTENSION, "security", "parameters", "requestBody", "responses",
)  # fmt: skip


_PARAMETER_KEY_ORDER = ("name", "in", "required", "description", "schema")


def _order_keys(node: dict[str, Any], order: tuple[str, ...]) -> None:
    """Keys in the order a reader expects, so a diff of the contract reads well."""
    ordered = {k: node[k] for k in order if k in node}
    ordered.update({k: v for k, v in node.items() if k not in ordered})
    node.clear()
    node.update(ordered)
