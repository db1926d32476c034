"""The allowed differences' reasons, checked against the facts they cite (where the facts
folder exists: ``$FACTS``, as ``make test FACTS=...`` passes it, else ``../shared/upstream/``
beside the checkout). A clone without the facts has the gate alone; these need the facts."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from contract.facts import DEFAULT_DIR
from contract.passes.names import schema_name

from . import gate
from .read_openapi import path_shape

FACTS = Path(os.environ.get("FACTS") or DEFAULT_DIR)
needs_facts = pytest.mark.skipif(not FACTS.is_dir(), reason=f"no facts folder at {FACTS}")


def allowed(pattern: str) -> list[re.Match[str]]:
    """Every allowed difference that matches ``pattern``, as its match."""
    found = [re.fullmatch(pattern, d) for g in gate.load_allowed() for d in g.differences]
    return [m for m in found if m is not None]


@needs_facts
def test_the_nullable_required_fields_are_those_presence_json_and_the_swagger_name() -> None:
    presence: dict[str, dict[str, str]] = json.loads((FACTS / "presence.json").read_text())
    swagger: dict[str, Any] = json.loads((FACTS / "api.swagger.facts.json").read_text())
    expected = {
        (schema_name(definition), field)
        for definition, fields in presence.items()
        for field, how in fields.items()
        if how == "nullable" and field in swagger["definitions"][definition].get("required", [])
    }
    listed = allowed(r"field (\w+)\.(\w+): nullable in ours, never null in bindings")
    assert {(m[1], m[2]) for m in listed} == expected
    assert len(listed) == 132  # upstream README: "132 fields are nullable ... yet required"


@needs_facts
def test_the_operations_only_in_ours_are_the_echo_routes_outside_the_swagger() -> None:
    routes = json.loads((FACTS / "echo-routes.json").read_text())["routes"]
    swagger = json.loads((FACTS / "api.swagger.facts.json").read_text())
    in_swagger = {
        (method.upper(), path_shape(path))
        for path, item in swagger["paths"].items()
        for method in item
    }
    echo = {(r["method"], path_shape(r["path"])) for r in routes}
    listed = allowed(r"operation (\w+) (\S+): only in ours")
    assert {(m[1], m[2]) for m in listed} == echo - in_swagger
    assert len(echo) == 7
