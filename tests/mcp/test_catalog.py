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
from determined_client.mcp._jsonschema import SchemaConverter
from determined_client.mcp._openapi import Operation, operations

from .conftest import (
    CAPABILITY_TOOLS,
    SPEC,
    example_arguments,
    non_streaming_tool_names,
    spec_operation,
    spec_operations,
    success_example,
    tag_tool_names,
)


def tools_for(spec: dict[str, Any], *selectors: str) -> list[ToolDef]:
    ops = list(operations(spec))
    return build_tools(spec, ops, select_operations(ops, selectors))


def op(operation_id: str, method: str = "POST", tags: tuple[str, ...] = ()) -> Operation:
    return Operation(
        operation_id, method, "/x", tags, "", "", (), None, None, ("application/json",), False
    )


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
            "parameters": [
                {
                    "name": "experimentId",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "integer"},
                }
            ],
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
    experiments = [t.name for t in tools_for(SPEC, "experiments")]
    assert experiments[:2] == ["getexperiments", "getexperiment"]  # the capability's first
    assert sorted(experiments) == sorted(tag_tool_names("Experiments"))
    tokens = [t.name for t in tools_for(SPEC, "getME", "Tokens")]
    assert tokens[0] == "getaccesstokens"
    assert sorted(tokens) == sorted(["getme", *tag_tool_names("Tokens")])
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
    spec["paths"]["/api/v1/me2"] = {"get": {**spec_operation("getMe"), "operationId": "GetMe"}}
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
    assert {"limit", "offset"} <= set(listing.query_params)
    states = listing.input_schema["properties"]["states"]  # an array of an enum
    state = states["items"]
    if "$ref" in state:
        state = listing.input_schema["$defs"][state["$ref"].rsplit("/", 1)[1]]
    assert states["type"] == "array" and "STATE_ACTIVE" in state["enum"]

    with_body = [t for t in tools.values() if t.has_body]
    assert with_body  # postaccesstoken, patchaccesstoken, ...
    for tool in with_body:
        body_required = bool(tool.operation.body and tool.operation.body.get("required"))
        assert ("body" in tool.input_schema.get("required", [])) == body_required
        validator = Draft202012Validator(tool.input_schema)
        arguments = example_arguments(tool.input_schema)
        assert validator.is_valid(arguments), tool.name
        assert not validator.is_valid({**arguments, "token_id": 5}), tool.name
        if body_required:
            assert not validator.is_valid({k: v for k, v in arguments.items() if k != "body"})


def test_output_schemas_accept_the_contracts_own_answers() -> None:
    """The spec's examples are real-master answers: a sound output schema takes each one."""
    checked = 0
    for tool in tools_for(SPEC, "all"):
        if tool.output_schema is None or tool.kind != "http":
            continue
        example = success_example(tool.operation.operation_id)
        if example is None:
            continue
        validator = Draft202012Validator(tool.output_schema)
        assert validator.is_valid(example), list(validator.iter_errors(example))[:1]
        checked += 1
    assert checked


def test_output_schemas_refuse_wrong_types_but_take_new_enum_values() -> None:
    """Results are checked against the contract, except that enums stay open: a newer
    master may send a state this contract does not know yet."""
    tool = tools_for(SPEC, "getExperiment")[0]
    assert tool.output_schema is not None
    strict = SchemaConverter(SPEC)  # how an input would be converted: enums closed
    closed = strict.document(strict.resolve(tool.operation.success or {}))
    answer = example_arguments(closed)
    future = {**answer, "experiment": {**answer["experiment"], "state": "STATE_FROM_THE_FUTURE"}}
    assert Draft202012Validator(closed).is_valid(answer)
    assert not Draft202012Validator(closed).is_valid(future)
    validator = Draft202012Validator(tool.output_schema)
    assert validator.is_valid(answer) and validator.is_valid(future)
    assert not validator.is_valid({**answer, "experiment": {**answer["experiment"], "id": "x"}})


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
    assert tool.description.startswith(spec_operation("getExperiment")["summary"] + "\n\n")
    assert tool.description.endswith("GET /api/v1/experiments/{experimentId}")
