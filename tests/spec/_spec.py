"""Load openapi.yaml and check values against its OpenAPI 3.0.3 schemas."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema.exceptions import best_match
from openapi_schema_validator import OAS30Validator, oas30_format_checker

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@cache
def load() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 7x faster, same result
    loaded: dict[str, Any] = yaml.load(SPEC_PATH.read_text(), Loader=loader)  # noqa: S506 - safe
    return loaded


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


def validator(schema: Any, spec: dict[str, Any] | None = None) -> OAS30Validator:
    """A validator for values of ``schema`` (an OpenAPI 3.0.3 schema of the contract).

    openapi-schema-validator implements 3.0's dialect (``nullable``, refs that may cycle) and
    checks formats (``date-time`` is RFC 3339, ``int32`` in range, ``byte`` is base64);
    the schema's ``#/components/...`` refs resolve against the contract's components.
    """
    spec = spec or load()
    return OAS30Validator(
        {**schema, "components": spec["components"]}, format_checker=oas30_format_checker
    )


def validate(value: Any, schema: Any, spec: dict[str, Any] | None = None) -> None:
    """Raise jsonschema's ValidationError (the best match) unless ``value`` fits ``schema``."""
    error = best_match(validator(schema, spec).iter_errors(value))
    if error is not None:
        raise error
