"""The bench's answers are wire-faithful to the compiled contract: a benchmark of bodies a
master could never send (``null`` where the master leaves a field out) would measure the
wrong thing, and our models now refuse them."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from bench import payloads
from contract.facts import DEFAULT_DIR, PRESENCE

from ._spec import load, operations, resolve, validate

#: Enough experiments to take every branch of bench.payloads.experiment (states, searchers,
#: forks, owners, archived, ...): ids 1..102 cover every residue the generator uses.
IDS = range(1, 103)
CORPUS = payloads.Corpus(len(IDS))


def success_schema(op_id: str) -> dict[str, Any]:
    op = operations()[op_id][2]
    schema: dict[str, Any] = op["responses"]["200"]["content"]["application/json"]["schema"]
    return schema


def schema_of(name: str) -> dict[str, Any]:
    found: dict[str, Any] = load()["components"]["schemas"][name]
    return found


def undeclared(value: object, schema: dict[str, Any]) -> list[str]:
    """Keys of ``value`` (at any depth of declared models) that ``schema`` does not declare.
    The contract lets unknown fields through (forward compatibility), so the validator alone
    would not catch a made-up field."""
    schema = resolve(schema)
    for branch in schema.get("anyOf", []):
        if isinstance(value, dict) and "properties" in resolve(branch):
            return undeclared(value, branch)
    if isinstance(value, list) and "items" in schema:
        return [k for item in value for k in undeclared(item, schema["items"])]
    if not isinstance(value, dict) or "properties" not in schema:
        return []
    props = schema["properties"]
    found = [k for k in value if k not in props]
    for k, v in value.items():
        if k in props:
            found += [f"{k}.{inner}" for inner in undeclared(v, props[k])]
    return found


BODIES = [
    ("getExperiments", CORPUS.page(100, 0)),
    ("getExperiments", CORPUS.page(-2, 0)),  # the pagination object alone
    ("getClusterInfo", CORPUS.master),
    ("login", CORPUS.login),
    ("getMe", CORPUS.me),
]


@pytest.mark.parametrize(("op_id", "body"), BODIES, ids=[op for op, _ in BODIES])
def test_every_answer_fits_its_schema(op_id: str, body: bytes) -> None:
    value = json.loads(body)
    validate(value, success_schema(op_id))
    assert undeclared(value, success_schema(op_id)) == []


@pytest.mark.parametrize("i", IDS)
def test_every_experiment_fits_the_schema(i: int) -> None:
    exp = payloads.experiment(i)
    validate(exp, schema_of("Experiment"))
    assert undeclared(exp, schema_of("Experiment")) == []


def test_omitted_fields_are_absent_not_null() -> None:
    """The regression: bench bodies sent ``"bestTrialId": null`` and the like."""
    experiments = [payloads.experiment(i) for i in IDS]
    for field in ("bestTrialId", "bestTrialSearcherMetric", "duration"):
        assert any(field in e for e in experiments), f"{field} never present"
        assert any(field not in e for e in experiments), f"{field} never left out"
        assert all(e.get(field, 0) is not None for e in experiments), field
    assert all("externalExperimentId" not in e for e in experiments)
    assert "clusterMessage" not in payloads.MASTER_INFO


def presence() -> dict[str, dict[str, str]] | None:
    folder = Path(os.environ.get("FACTS") or DEFAULT_DIR)
    path = folder / PRESENCE
    return json.loads(path.read_text()) if path.is_file() else None


@pytest.mark.parametrize(
    ("definition", "value"),
    [
        ("v1Experiment", payloads.experiment(3)),
        ("v1GetMasterResponse", payloads.MASTER_INFO),
        ("v1User", payloads.USER),
    ],
)
def test_fields_the_master_always_sends_are_present(definition: str, value: dict) -> None:
    facts = presence()
    if facts is None:
        pytest.skip("no facts folder beside the checkout (FACTS=...): presence.json missing")
    rules = facts[definition]
    always = {field for field, how in rules.items() if how == "always"}
    assert always - value.keys() == set()
    nulls = {field for field, v in value.items() if v is None}
    assert {field for field in nulls if rules[field] != "nullable"} == set()
