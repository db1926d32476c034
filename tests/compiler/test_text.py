"""Our own words in the contract: every operation has a hand-written summary and description
(contract/text/), the text pass refuses what OpenAPI 3.0 would silently drop, and no sentence
of the upstream API reference was copied into openapi.yaml."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from contract.passes.text import (
    INTERNAL_NOTE,
    check_operation_texts,
    describe_schemas,
    load_text,
)

from ..spec import _spec

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
#: The upstream prose we may read but never copy. It lives in ``shared/`` beside the checkout
#: (CI, the main checkout) or above it (worktrees); a clone on its own has none.
REFERENCE = Path("shared/reference/determined-proto-api-reference.txt")
MIN_COPIED = 30


def spec() -> dict[str, Any]:
    return _spec.load()


def spec_operations() -> dict[str, dict[str, Any]]:
    return {
        item[m]["operationId"]: item[m]
        for item in spec()["paths"].values()
        for m in METHODS
        if m in item
    }


def written() -> dict[str, dict[str, str]]:
    return load_text("operations")


# --- the operations' texts ------------------------------------------------------------------


def test_every_operation_has_a_hand_written_summary_and_description() -> None:
    ops, texts = spec_operations(), written()
    missing = sorted(oid for oid in ops if "summary" not in texts.get(oid, {}))
    undescribed = sorted(oid for oid in ops if not texts.get(oid, {}).get("description"))
    stale = sorted(set(texts) - set(ops))
    assert (missing, undescribed, stale) == ([], [], [])


def test_the_contract_carries_the_written_summaries_not_derived_ones() -> None:
    """openapi.yaml is compiled from the texts (make contract): its summary is ours, word for
    word, and so is the start of its description."""
    texts = written()
    for oid, op in spec_operations().items():
        assert op["summary"] == texts[oid]["summary"], oid
        assert op["description"].startswith(texts[oid]["description"].strip()), oid


@pytest.mark.parametrize("oid", sorted(written()))
def test_summary_is_one_short_line_without_a_trailing_period(oid: str) -> None:
    summary = written()[oid]["summary"]
    assert "\n" not in summary and summary == summary.strip()
    assert summary[:1].isupper(), "imperative, capitalised: 'List experiments'"
    assert not summary.endswith((".", ":", ";")), summary
    assert len(summary) <= 70, summary


def test_internal_operations_get_the_note_once() -> None:
    """The pass appends the unstable-API note to Internal operations; our texts do not repeat it."""
    for oid, op in spec_operations().items():
        internal = "Internal" in op.get("tags", [])
        assert op["description"].count(INTERNAL_NOTE) == (1 if internal else 0), oid
        assert "unstable" not in written()[oid]["description"].lower(), oid


def test_stream_operations_say_how_they_answer() -> None:
    for oid, op in spec_operations().items():
        if "x-determined-stream" not in op:
            continue
        text = op["description"]
        assert "newline-delimited JSON" in text, oid
        follows = any(p["name"] == "follow" for p in op.get("parameters", []))
        assert ("`follow`" in text) == follows, oid


def test_seed_summaries_are_kept() -> None:
    seed = {
        "login": "Log in", "logout": "Log out", "getUsers": "List users",
        "getClusterInfo": "Get cluster info", "getExperiments": "List experiments",
        "getExperiment": "Get experiment", "getModels": "List models",
        "getCheckpoint": "Get checkpoint", "getTemplates": "List templates",
        "getAccessTokens": "List tokens",
    }  # fmt: skip
    assert {oid: written()[oid]["summary"] for oid in seed} == seed


def test_parameter_texts_are_applied() -> None:
    """A by_operation text wins over the shared by_name one."""
    params = load_text("parameters")
    by_name, by_op = params["by_name"], params["by_operation"]
    for oid, op in spec_operations().items():
        for param in op.get("parameters", []):
            said = by_op.get(oid, {}).get(param["name"]) or by_name.get(param["name"])
            if said:
                assert param["description"] == said.strip(), (oid, param["name"])


def test_every_limit_parameter_is_explained() -> None:
    """`limit` means different things (0 = all, 0 = 100, -1, -2, a log-line cap)."""
    for oid, op in spec_operations().items():
        for param in op.get("parameters", []):
            if param["name"] in ("limit", "offset", "follow"):
                assert param.get("description"), (oid, param["name"])
    limit = {p["name"]: p for p in spec_operations()["getExperiments"]["parameters"]}["limit"]
    assert all(word in limit["description"] for word in ("100", "-1", "-2"))


def _doc() -> dict[str, Any]:
    op = {"operationId": "getTrial", "parameters": [{"name": "trialId", "in": "path"}]}
    return {"paths": {"/api/v1/trials/{trialId}": {"get": op}}}


@pytest.mark.parametrize(
    ("op_text", "by_op", "error"),
    [
        ({"getTrail": {}}, {}, "no such operations: ['getTrail']"),
        ({}, {"getTrail": {"trialId": "x"}}, "no operation 'getTrail'"),
        ({}, {"getTrial": {"trial_id": "x"}}, "getTrial has no parameters ['trial_id']"),
    ],
)
def test_texts_for_missing_operations_or_parameters_fail_the_build(
    op_text: dict[str, Any], by_op: dict[str, dict[str, str]], error: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(error)):
        check_operation_texts(_doc(), op_text, by_op)
    check_operation_texts(_doc(), {"getTrial": {}}, {"getTrial": {"trialId": "x"}})


# --- the schema texts and the $ref rule -----------------------------------------------------


def _schemas() -> dict[str, Any]:
    return {
        "ExperimentState": {"type": "string", "enum": ["STATE_ACTIVE"]},
        "Experiment": {
            "type": "object",
            "properties": {
                "state": {"$ref": "#/components/schemas/ExperimentState"},
                "id": {"type": "integer"},
                "endTime": {
                    "type": "object",
                    "nullable": True,
                    "anyOf": [{"$ref": "#/components/schemas/ExperimentState"}],
                },
            },
        },
    }


def test_describe_schemas_writes_schema_field_and_nullable_wrapper_texts() -> None:
    found = _schemas()
    describe_schemas(
        found, {"Experiment": " A run. ", "Experiment.id": "Its id.", "Experiment.endTime": "E."}
    )
    assert found["Experiment"]["description"] == "A run."
    assert found["Experiment"]["properties"]["id"]["description"] == "Its id."
    assert found["Experiment"]["properties"]["endTime"]["description"] == "E."


def test_describe_schemas_refuses_a_description_beside_a_ref() -> None:
    with pytest.raises(ValueError, match=r"Experiment\.state is a \$ref to ExperimentState.*"
                       r"describe ExperimentState instead"):  # fmt: skip
        describe_schemas(_schemas(), {"Experiment.state": "Where it is."})


@pytest.mark.parametrize(
    ("key", "error"),
    [("Experimnt", "names no schema 'Experimnt'"), ("Experiment.nme", "has no field 'nme'")],
)
def test_describe_schemas_refuses_unknown_names(key: str, error: str) -> None:
    with pytest.raises(ValueError, match=re.escape(error)):
        describe_schemas(_schemas(), {key: "x"})


def test_every_schema_text_is_in_the_contract() -> None:
    """schemas.yaml applies to the contract's schemas (no $ref field, no typo), and the
    compiled contract carries each text."""
    texts = load_text("schemas")
    describe_schemas(copy.deepcopy(spec()["components"]["schemas"]), texts)
    for key, said in texts.items():
        name, _, field = key.partition(".")
        schema = spec()["components"]["schemas"][name]
        target = schema["properties"][field] if field else schema
        assert target.get("description") == said.strip(), key


# --- nothing copied from the upstream reference ---------------------------------------------


def _reference_path() -> Path | None:
    for folder in ROOT.parents:
        if (folder / REFERENCE).is_file():
            return folder / REFERENCE
    return None


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _sentences(reference: str) -> Iterator[str]:
    """Every line of the reference, and every sentence in it, trimmed of list commas and the
    final stop, normalised; only those long enough to be prose rather than a name."""
    for line in reference.splitlines():
        for piece in [line, *re.split(r"(?<=[.!?])\s+", line)]:
            piece = _normal(piece.lstrip(", ").rstrip(" .!?"))
            if len(piece) > MIN_COPIED:
                yield piece


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def test_no_sentence_of_the_upstream_reference_is_in_the_contract() -> None:
    path = _reference_path()
    if path is None:
        pytest.skip(f"{REFERENCE} is not beside this checkout (a clone has no shared/ folder)")
    ours = "\n".join(_normal(s) for s in _strings(spec())) + "\n" + _normal(SPEC_PATH.read_text())
    copied = sorted({s for s in _sentences(path.read_text()) if s in ours})
    assert copied == []


def test_the_copy_check_catches_a_copied_sentence() -> None:
    """The check above would see a reference sentence however the YAML wrapped or cased it."""
    reference = "Used in:\n, , Limit experiments to those that are archived.\nShort one."
    pasted = _normal("limit   experiments to those\n  that are ARCHIVED")
    assert {s for s in _sentences(reference) if s in pasted} == {
        "limit experiments to those that are archived"
    }
