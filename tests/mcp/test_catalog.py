"""Tools derived from the contract: which operations, names, hints, schemas (no server here)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from determined_client.mcp._catalog import (
    DESTRUCTIVE_WORDS,
    ToolDef,
    build_tools,
    hints_for,
    select_operations,
)
from determined_client.mcp._openapi import Operation, operations

from .conftest import CAPABILITY_TOOLS, SPEC, non_streaming_tool_names, spec_operations


def tools_for(spec: dict[str, Any], *selectors: str) -> list[ToolDef]:
    ops = list(operations(spec))
    return build_tools(spec, ops, select_operations(ops, selectors))


def op(operation_id: str, method: str = "POST", tags: tuple[str, ...] = ()) -> Operation:
    return Operation(operation_id, method, "/x", tags, "", "", (), None, None, streaming=False)


def test_default_tools_are_the_capabilitys_names_and_hints_in_its_order() -> None:
    tools = tools_for(SPEC, "default")
    assert [t.name for t in tools] == list(CAPABILITY_TOOLS)
    for t in tools:
        assert (t.hints.read_only, t.hints.destructive, t.hints.idempotent) == (
            CAPABILITY_TOOLS[t.name]
        ), t.name
        assert t.title == t.operation.summary and t.title
        assert t.name == t.operation.operation_id.lower()


def test_all_is_every_non_streaming_operation_of_the_contract() -> None:
    assert {t.name for t in tools_for(SPEC, "all")} == non_streaming_tool_names()


def with_streaming_operation() -> dict[str, Any]:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/api/v1/experiments/{experimentId}/logs"] = {
        "get": {
            "operationId": "getExperimentLogs",
            "tags": ["Experiments"],
            "summary": "Stream logs",
            "x-determined-stream": True,
            "parameters": [{"$ref": "#/components/parameters/experimentId"}],
            "responses": {"200": {"description": "lines"}},
        }
    }
    return spec


def test_streaming_operations_are_never_tools() -> None:
    spec = with_streaming_operation()
    assert ("getExperimentLogs", "GET", True) in spec_operations(spec)
    all_names = {t.name for t in tools_for(spec, "all")}
    assert all_names == non_streaming_tool_names(spec)
    assert "getexperimentlogs" not in all_names
    assert "getexperimentlogs" not in {t.name for t in tools_for(spec, "Experiments")}
    with pytest.raises(ValueError, match="getExperimentLogs streams its answer"):
        tools_for(spec, "getExperimentLogs")
    assert {t.name for t in tools_for(spec, "all,-getexperimentlogs")} == all_names


def test_selectors_tags_operation_ids_any_case_and_removal() -> None:
    names = [t.name for t in tools_for(SPEC, "experiments")]
    assert names == ["getexperiments", "getexperiment", "archiveexperiment", "unarchiveexperiment"]
    assert [t.name for t in tools_for(SPEC, "getME", "Tokens")] == [
        "getme",
        "getaccesstokens",
        "postaccesstoken",
        "patchaccesstoken",
    ]
    chosen = {t.name for t in tools_for(SPEC, "default,-Authentication", "-getmodels")}
    assert chosen == set(CAPABILITY_TOOLS) - {"login", "logout", "getmodels"}
    assert {t.name for t in tools_for(SPEC, "all", "-Experiments")} == (
        non_streaming_tool_names() - {t.name for t in tools_for(SPEC, "Experiments")}
    )


@pytest.mark.parametrize(
    ("selectors", "message"),
    [
        (["getExperimnts"], r"no tag or operation 'getExperimnts'; did you mean getexperiments"),
        (["default", "nothing-like-it"], "no tag or operation 'nothing-like-it'"),
        (["Users", "-Users"], "selects no tool"),
        ([" , "], "selects no tool"),
    ],
)
def test_bad_selectors_fail_at_startup(selectors: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        tools_for(SPEC, *selectors)


@pytest.mark.parametrize(
    ("operation_id", "method", "expected"),
    [
        ("getExperiment", "GET", (True, False, True)),
        ("putTemplate", "PUT", (False, False, True)),
        ("deleteExperiment", "DELETE", (False, True, True)),
        ("unbindRole", "DELETE", (False, True, True)),
        ("killExperiment", "POST", (False, True, False)),
        ("deleteExperiments", "POST", (False, True, False)),
        ("removeAssignments", "POST", (False, True, False)),
        ("KillTrial", "POST", (False, True, False)),
        ("archiveExperiment", "POST", (False, False, False)),
        ("postSkillLevel", "POST", (False, False, False)),  # "kill" inside a word is not a word
        ("removeFromGroup", "PATCH", (False, True, False)),
        ("login", "POST", (False, False, False)),
    ],
)
def test_hints(operation_id: str, method: str, expected: tuple[bool, bool, bool]) -> None:
    hints = hints_for(op(operation_id, method))
    assert (hints.read_only, hints.destructive, hints.idempotent) == expected
    assert hints.open_world is False


def test_the_destructive_words_are_the_briefs() -> None:
    assert {"kill", "delete", "remove"} <= DESTRUCTIVE_WORDS


def test_names_that_collide_once_lowercased_are_refused() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/api/v1/me2"] = {"get": {**SPEC["paths"]["/api/v1/me"]["get"]}}
    spec["paths"]["/api/v1/me2"]["get"]["operationId"] = "GetMe"
    with pytest.raises(ValueError, match="both become tool 'getme'"):
        tools_for(spec, "all")


def test_every_tool_schema_is_valid_json_schema_and_self_contained() -> None:
    for tool in tools_for(SPEC, "all"):
        for schema in (tool.input_schema, tool.output_schema):
            if schema is None:
                continue
            Draft202012Validator.check_schema(schema)
            assert schema["type"] == "object"
            text = json.dumps(schema)
            assert "#/components/" not in text and '"nullable"' not in text, tool.name
            refs = {r.split('"')[0] for r in text.split('"$ref": "#/$defs/')[1:]}
            assert refs <= set(schema.get("$defs", {})), tool.name  # every $ref resolves
            assert set(schema.get("$defs", {})) <= refs, tool.name  # and nothing unused


def test_input_schemas_carry_parameters_and_the_body() -> None:
    tools = {t.name: t for t in tools_for(SPEC, "all")}
    exp = tools["getexperiment"].input_schema
    assert exp["required"] == ["experimentId"]
    assert exp["properties"]["experimentId"]["type"] == "integer"
    assert exp["additionalProperties"] is False
    assert tools["getexperiment"].path_params == ("experimentId",)

    listing = tools["getexperiments"]
    assert "required" not in listing.input_schema
    assert {"limit", "offset", "states", "archived"} <= set(listing.query_params)
    states = listing.input_schema["properties"]["states"]
    assert states["type"] == "array" and states["items"] == {"$ref": "#/$defs/ExperimentState"}
    assert "STATE_ACTIVE" in listing.input_schema["$defs"]["ExperimentState"]["enum"]

    patch = tools["patchaccesstoken"]
    assert patch.has_body and patch.input_schema["required"] == ["tokenId", "body"]
    body = patch.input_schema["properties"]["body"]
    assert body["$ref"] == "#/$defs/PatchAccessTokenRequest"
    validator = Draft202012Validator(patch.input_schema)
    assert validator.is_valid({"tokenId": 5, "body": {"tokenId": 5, "setRevoked": True}})
    assert not validator.is_valid({"tokenId": 5, "body": {"setRevoked": True}})
    assert not validator.is_valid({"tokenId": 5, "body": {"tokenId": 5}, "token_id": 5})


def success_example(operation_id: str) -> Any:
    for item in SPEC["paths"].values():
        for spec_op in item.values():
            if isinstance(spec_op, dict) and spec_op.get("operationId") == operation_id:
                return spec_op["responses"]["200"]["content"]["application/json"]["example"]
    raise KeyError(operation_id)


def test_output_schemas_accept_the_contracts_own_answers() -> None:
    """The spec's examples are real-master answers: a sound output schema takes each one,
    and a wrong one is refused (so the schema has teeth)."""
    checked = 0
    for tool in tools_for(SPEC, "all"):
        if tool.output_schema is None or tool.kind != "http":
            continue
        example = success_example(tool.operation.operation_id)
        validator = Draft202012Validator(tool.output_schema)
        assert validator.is_valid(example), list(validator.iter_errors(example))[:1]
        checked += 1
    assert checked >= 10
    exp = {t.name: t for t in tools_for(SPEC, "getExperiment")}["getexperiment"]
    wrong = copy.deepcopy(success_example("getExperiment"))
    wrong["experiment"]["numTrials"] = "sixteen"
    assert not Draft202012Validator(exp.output_schema).is_valid(wrong)


def test_output_schemas_take_enum_values_a_newer_master_adds() -> None:
    exp = tools_for(SPEC, "getExperiment")[0]
    answer = copy.deepcopy(success_example("getExperiment"))
    answer["experiment"]["state"] = "STATE_FROM_THE_FUTURE"
    assert Draft202012Validator(exp.output_schema).is_valid(answer)


def test_login_and_logout_take_no_arguments_and_login_answers_like_getme() -> None:
    tools = {t.name: t for t in tools_for(SPEC, "default", "getMe")}
    for name in ("login", "logout"):
        assert tools[name].input_schema == {
            "type": "object",
            "properties": {},
            "additionalProperties": False,
        }
    assert tools["login"].kind == "login" and tools["logout"].kind == "logout"
    assert tools["login"].output_schema == tools["getme"].output_schema
    assert "token" not in json.dumps(tools["login"].output_schema["properties"])
    assert tools["logout"].output_schema is None  # logout answers an empty body


def test_descriptions_name_the_operation() -> None:
    tool = tools_for(SPEC, "getExperiment")[0]
    assert tool.description.startswith("Get experiment\n\n")
    assert tool.description.endswith("GET /api/v1/experiments/{experimentId}")
