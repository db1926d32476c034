"""Every mock answer of the compiled contract is an example that fits its schema, looks real,
and where users call most it is the hand-written one (contract/examples/)."""

from __future__ import annotations

import csv
import os
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml

from contract.facts import CALLSITES, DEFAULT_DIR
from contract.passes._example_words import ENUM_EVERYDAY
from contract.passes.examples import ENTITIES_FILE, EXAMPLES_DIR, load_examples, tag_file
from contract.passes.names import operation_id

from ._spec import ROOT, load, operations, resolve, validate

#: The operations of the seed and the ones added around login: their examples are ours.
SEED_OPERATIONS = {
    "login", "logout", "getMe", "getUsers", "getClusterInfo", "getExperiments",
    "getExperiment", "archiveExperiment", "unarchiveExperiment", "getModels", "getCheckpoint",
    "getTemplates", "getAccessTokens", "postAccessToken", "patchAccessToken",
}  # fmt: skip
#: The routes outside grpc-gateway (/info, /health, CSV reports, downloads).
ECHO_OPERATIONS = {
    "getInfo", "health", "getRawResourceAllocationCsv", "getAllocationsCsv",
    "getAggregatedResourceAllocationCsv", "downloadCheckpoint", "downloadModelDefFile",
}  # fmt: skip
BUSY_LIST = Path(__file__).with_name("hand_written_operations.txt")
STREAM = "x-determined-stream"


def busy_from_facts(facts_dir: Path) -> set[str]:
    """Our operationIds of the operations the official SDK and CLI call from 2+ places."""
    with (facts_dir / CALLSITES).open(newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return {
        operation_id(row["operationId"])
        for row in rows
        if int(row["core_calls"]) + int(row["other_calls"]) >= 2
    }


def busy_committed() -> set[str]:
    lines = BUSY_LIST.read_text().splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def facts_dir() -> Path | None:
    """The facts folder: ``$FACTS`` (``make test FACTS=...``) or the default beside the
    checkout; None on a clone without them."""
    found = Path(os.environ.get("FACTS") or DEFAULT_DIR)
    return found if (found / CALLSITES).is_file() else None


def busy_operations() -> set[str]:
    facts = facts_dir()
    return busy_from_facts(facts) if facts else busy_committed()


def success_media(op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    content: dict[str, dict[str, Any]] = op["responses"]["200"]["content"]
    return content


WRITTEN = load_examples()
OPS = operations()


@pytest.mark.parametrize("op_id", sorted(OPS))
def test_every_success_answer_has_an_example_that_fits(op_id: str) -> None:
    media = success_media(OPS[op_id][2])
    assert media, f"{op_id}: a 200 without a body"
    for media_type, body in media.items():
        assert "example" in body, f"{op_id} {media_type}: no example"
        validate(body["example"], body["schema"])


@pytest.mark.parametrize("op_id", sorted(op for op in OPS if "requestBody" in OPS[op][2]))
def test_every_request_body_has_an_example_that_fits(op_id: str) -> None:
    for media_type, body in OPS[op_id][2]["requestBody"]["content"].items():
        assert "example" in body, f"{op_id} {media_type}: no example"
        validate(body["example"], body["schema"])


def test_hand_written_requests_are_ours() -> None:
    """login sends the hashed password as the official clients do; tokens show their ids."""
    assert {"login", "postAccessToken", "patchAccessToken"} <= {
        op_id for op_id, entry in WRITTEN.items() if "request" in entry
    }
    assert WRITTEN["login"]["request"]["isHashed"] is True


def test_error_examples_fit() -> None:
    for response in load()["components"]["responses"].values():
        for body in response["content"].values():
            validate(body["example"], body["schema"])


def test_the_committed_busy_list_is_the_facts_list() -> None:
    """Where the facts are, the committed list must be what they say (else it drifted);
    without them it must at least name operations of the contract, once each, sorted."""
    lines = [n for n in BUSY_LIST.read_text().splitlines() if n and not n.startswith("#")]
    assert lines == sorted(set(lines))
    assert set(lines) <= set(OPS)
    facts = facts_dir()
    if facts is not None:
        assert set(lines) == busy_from_facts(facts), f"update {BUSY_LIST.name} from {facts}"


def test_examples_are_hand_written_where_users_call_most() -> None:
    wanted = busy_operations() | SEED_OPERATIONS | ECHO_OPERATIONS
    assert len(wanted) >= 80
    assert not wanted - set(OPS), "operations in the list but not in the contract"
    missing = sorted(wanted - set(WRITTEN))
    assert not missing, f"write examples in contract/examples/ for {missing}"


@pytest.mark.parametrize("op_id", sorted(WRITTEN))
def test_the_contract_carries_the_hand_written_example(op_id: str) -> None:
    """The pass copies each hand-written example, entities resolved, into the contract."""
    _, _, op = OPS[op_id]
    entry = WRITTEN[op_id]
    for body in success_media(op).values():
        assert body["example"] == entry["response"]
    if "request" in entry:
        for body in op["requestBody"]["content"].values():
            assert body["example"] == entry["request"]


@pytest.mark.parametrize("op_id", sorted(WRITTEN))
def test_hand_written_examples_live_in_their_first_tags_file(op_id: str) -> None:
    tag = OPS[op_id][2]["tags"][0]
    assert WRITTEN[op_id]["file"] == tag_file(tag)


def test_every_entity_is_used() -> None:
    entities = yaml.safe_load((EXAMPLES_DIR / ENTITIES_FILE).read_text())
    text = "".join(p.read_text() for p in EXAMPLES_DIR.glob("*.yaml"))
    unused = [name for name in entities if not re.search(rf"\$entity: {name}\b", text)]
    assert not unused


@pytest.mark.parametrize("op_id", sorted(op for op in OPS if STREAM in OPS[op][2]))
def test_stream_examples_are_one_result_line(op_id: str) -> None:
    [body] = success_media(OPS[op_id][2]).values()
    assert list(body["example"]) == ["result"]
    assert isinstance(body["example"]["result"], dict) and body["example"]["result"]


def _walk(value: Any, schema: Any, spec: dict[str, Any], path: str) -> list[tuple[str, Any, Any]]:
    """(path, value, schema) for every value of an example, with the schema it answers to."""
    schema = resolve(schema, spec)
    options = [resolve(o, spec) for o in schema.get("anyOf", [])]
    options = [o for o in options if o.get("enum") != [None]]
    if options:
        schema = next(
            (o for o in options if isinstance(value, dict) == (o.get("type") == "object")),
            options[0],
        )
    found = [(path, value, schema)]
    if isinstance(value, dict):
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            sub = props.get(key, extra if isinstance(extra, dict) else {})
            found += _walk(item, sub, spec, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _walk(item, schema.get("items", {}), spec, f"{path}[{i}]")
    return found


@pytest.mark.parametrize("op_id", sorted(set(OPS) - set(WRITTEN)))
def test_generated_examples_look_real(op_id: str) -> None:
    spec = load()
    for body in success_media(OPS[op_id][2]).values():
        for path, value, schema in _walk(body["example"], body["schema"], spec, op_id):
            field = path.rsplit(".", 1)[-1].split("[")[0]
            assert value != "string", path
            if "enum" in schema and isinstance(value, str):
                everyday = value in ENUM_EVERYDAY.values()
                assert everyday or not value.endswith("_UNSPECIFIED"), path
            if schema.get("type") == "string" and (field == "uuid" or field.endswith("Uuid")):
                assert uuid.UUID(value), path
            if schema.get("format") in ("int64", "uint64"):
                assert re.fullmatch(r"-?[0-9]+", value), path
            if schema.get("type") == "integer" and (field == "id" or field.endswith("Id")):
                assert 0 < value < 10_000, path


def test_numbers_are_not_all_zero() -> None:
    numbers = []
    for _, _, op in OPS.values():
        for body in success_media(op).values():
            for _, value, _ in _walk(body["example"], body["schema"], load(), ""):
                if isinstance(value, int | float) and not isinstance(value, bool):
                    numbers.append(value)
    assert len(numbers) > 500
    assert sum(1 for n in numbers if n != 0) > 0.8 * len(numbers)


@pytest.mark.parametrize("op_id", sorted(OPS))
def test_pages_end_where_they_say(op_id: str) -> None:
    """Session.paginate follows ``offset = endIndex`` until ``endIndex >= total``: against the
    mock (one answer for every offset) each page must say it is the last."""
    for body in success_media(OPS[op_id][2]).values():
        example = body["example"]
        page = example.get("pagination") if isinstance(example, dict) else None
        if not isinstance(page, dict):
            continue
        lists = [v for k, v in example.items() if isinstance(v, list)]
        assert page["endIndex"] == page["total"], op_id
        if len(lists) == 1:
            assert page["total"] == len(lists[0]), op_id


def test_examples_folder_has_only_known_files() -> None:
    names = {p.name for p in EXAMPLES_DIR.iterdir()}
    tags = {tag_file(t["name"]) for t in load().get("tags", [])} | {ENTITIES_FILE}
    assert names <= tags, f"unknown files in {EXAMPLES_DIR.relative_to(ROOT)}: {names - tags}"


def test_info_answers_what_cluster_info_answers() -> None:
    assert WRITTEN["getInfo"]["response"] == WRITTEN["getClusterInfo"]["response"]


def _objects(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        return [value, *[o for v in value.values() for o in _objects(v)]]
    if isinstance(value, list):
        return [o for v in value for o in _objects(v)]
    return []


def test_hand_written_examples_tell_one_story() -> None:
    """Ids point at things the examples list, and names agree with ids, across operations."""
    objects = [o for entry in WRITTEN.values() for o in _objects(entry.get("response"))]
    users = {u["id"]: u["username"] for u in WRITTEN["getUsers"]["response"]["users"]}
    workspaces = {w["id"]: w["name"] for w in WRITTEN["getWorkspaces"]["response"]["workspaces"]}
    listed = WRITTEN["getExperiments"]["response"]["experiments"]
    created = WRITTEN["createExperiment"]["response"]["experiment"]
    experiments = {e["id"]: e for e in [*listed, created]}
    trials = {t for e in experiments.values() for t in e["trialIds"]}
    for obj in objects:
        if isinstance(obj.get("userId"), int):
            assert obj["userId"] in users, obj
            if "username" in obj:
                assert users[obj["userId"]] == obj["username"], obj
        if isinstance(obj.get("workspaceId"), int):
            assert obj["workspaceId"] in workspaces, obj
            if "workspaceName" in obj:
                assert workspaces[obj["workspaceId"]] == obj["workspaceName"], obj
        if isinstance(obj.get("experimentId"), int):
            assert obj["experimentId"] in experiments, obj
        if isinstance(obj.get("trialId"), int):
            assert obj["trialId"] in trials, obj
    best = WRITTEN["getCheckpoint"]["response"]["checkpoint"]
    trial = WRITTEN["getTrial"]["response"]["trial"]
    assert trial["bestCheckpoint"]["uuid"] == best["uuid"]
    assert best["training"]["trialId"] == trial["id"] == experiments[42]["bestTrialId"]
