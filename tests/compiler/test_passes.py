"""Each pass of the contract build, on a tiny input (contract/passes/)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from contract.facts import Facts
from contract.passes import (
    apply_presence,
    bearer_security,
    drop_missing_required,
    echo_routes,
    empty_answers_are_objects,
    error_responses,
    float32_bounds,
    inline_query_enums,
    inline_request_bodies,
    int64_as_strings,
    links,
    merge_same_shape_paths,
    non_finite_doubles,
    operation_ids,
    protobuf_any_wire_shape,
    rename_path_variables,
    rename_schemas,
    streaming_operations,
    uint32_bounds,
)
from contract.passes.names import rpc_name, schema_name
from contract.passes.paths import variable_name
from contract.passes.routes import ECHO_OPERATIONS

OK = {"200": {"description": "", "content": {"application/json": {"schema": {"type": "object"}}}}}


def facts(**overrides: Any) -> Facts:
    base: dict[str, Any] = {
        "swagger": {},
        "presence": {},
        "echo_routes": [],
        "callsites": {},
        "swagger_sha256": "0" * 64,
        "version": "0.38.1",
    }
    return Facts(**{**base, **overrides})


def doc(paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None) -> Any:
    return {"paths": paths or {}, "components": {"schemas": schemas or {}}}


def op(operation_id: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": operation_id, "responses": copy.deepcopy(OK), **extra}


def query(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": schema}


def path_param(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


# -- paths --------------------------------------------------------------------------------


def test_inline_request_bodies_puts_each_shared_body_back_on_its_operation() -> None:
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/T"}}}}
    d = doc({"/a": {"post": op("A", requestBody={"$ref": "#/components/requestBodies/T"})}})
    d["paths"]["/b"] = {"put": op("B", requestBody={"$ref": "#/components/requestBodies/T"})}
    d["components"]["requestBodies"] = {"T": body}
    inline_request_bodies(d, facts())
    assert "requestBodies" not in d["components"]
    a, b = d["paths"]["/a"]["post"]["requestBody"], d["paths"]["/b"]["put"]["requestBody"]
    assert a == b == body
    assert a is not b  # later passes edit each in place


@pytest.mark.parametrize(
    ("path", "variable", "name"),
    [
        ("/x/{experiment.id}", "experiment.id", "experimentId"),
        ("/x/{checkpoint.uuid}", "checkpoint.uuid", "checkpointUuid"),
        ("/x/{template.name}", "template.name", "templateName"),
        ("/x/{metrics.trialId}", "metrics.trialId", "trialId"),
        ("/x/{a.b.id}", "a.b.id", "bId"),
        ("/api/v1/experiments/{id}/archive", "id", "experimentId"),
        ("/api/v1/workspaces/{id}", "id", "workspaceId"),
        ("/api/v1/users/{userId}", "userId", "userId"),
    ],
)
def test_path_variable_names(path: str, variable: str, name: str) -> None:
    assert variable_name(path, variable) == name


def test_a_bare_id_needs_a_collection_before_it() -> None:
    with pytest.raises(ValueError, match="no collection"):
        variable_name("/api/v1/{id}", "id")


def test_rename_path_variables_refuses_two_variables_alike() -> None:
    d = doc({"/experiments/{id}/x/{experimentId}": {"get": op("G")}})
    with pytest.raises(ValueError, match="two variables alike"):
        rename_path_variables(d, facts())


def test_rename_path_variables_renames_path_and_parameter_and_merges() -> None:
    d = doc(
        {
            "/x/{experiment.id}": {"patch": op("P", parameters=[path_param("experiment.id")])},
            "/x/{experimentId}": {"get": op("G", parameters=[path_param("experimentId")])},
        }
    )
    rename_path_variables(d, facts())
    assert list(d["paths"]) == ["/x/{experimentId}"]
    item = d["paths"]["/x/{experimentId}"]
    assert list(item) == ["get", "patch"]
    assert item["patch"]["parameters"][0]["name"] == "experimentId"


def test_merge_same_shape_paths_uses_the_name_most_operations_use() -> None:
    d = doc(
        {
            "/w/{id}/p": {"get": op("G", parameters=[path_param("id")])},
            "/w/{workspaceId}/p": {
                "post": op("P", parameters=[path_param("workspaceId")]),
                "put": op("U", parameters=[path_param("workspaceId")]),
            },
        }
    )
    merge_same_shape_paths(d, facts())
    assert list(d["paths"]) == ["/w/{workspaceId}/p"]
    item = d["paths"]["/w/{workspaceId}/p"]
    assert sorted(item) == ["get", "post", "put"]
    assert item["get"]["parameters"][0]["name"] == "workspaceId"


def test_merge_same_shape_paths_refuses_one_method_twice() -> None:
    d = doc({"/w/{a}": {"get": op("A")}, "/w/{b}": {"get": op("B")}})
    with pytest.raises(ValueError, match="declared twice"):
        merge_same_shape_paths(d, facts())


# -- names --------------------------------------------------------------------------------


def test_operation_ids_are_lower_camel_rpc_names_except_the_seeds() -> None:
    d = doc({"/a": {"get": op("GetExperimentTrials")}, "/m": {"get": op("GetMaster")}})
    operation_ids(d, facts())
    assert d["paths"]["/a"]["get"]["operationId"] == "getExperimentTrials"
    assert d["paths"]["/m"]["get"]["operationId"] == "getClusterInfo"
    assert rpc_name("getClusterInfo") == "GetMaster"
    assert rpc_name("getExperimentTrials") == "GetExperimentTrials"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("v1Experiment", "Experiment"),
        ("experimentv1State", "ExperimentState"),
        ("trialv1Trial", "Trial"),
        ("protobufAny", "ProtobufAny"),
        ("runtimeStreamError", "StreamError"),
        ("HealthCheck", "HealthCheck"),
        ("v1SSOProvider", "SSOProvider"),
    ],
)
def test_schema_names(old: str, new: str) -> None:
    assert schema_name(old) == new


def test_rename_schemas_rewrites_every_reference_and_drops_titles() -> None:
    ref = {"$ref": "#/components/schemas/v1Experiment"}
    d = doc(
        {"/e": {"get": op("G", responses={"200": {"content": {"x/y": {"schema": ref}}}})}},
        {
            "v1Experiment": {"title": "Experiment", "type": "object"},
            "v1Page": {"type": "object", "properties": {"items": {"type": "array", "items": ref}}},
        },
    )
    rename_schemas(d, facts())
    assert list(d["components"]["schemas"]) == ["Experiment", "Page"]
    assert "title" not in d["components"]["schemas"]["Experiment"]
    new_ref = "#/components/schemas/Experiment"
    assert d["components"]["schemas"]["Page"]["properties"]["items"]["items"]["$ref"] == new_ref
    media = d["paths"]["/e"]["get"]["responses"]["200"]["content"]["x/y"]
    assert media["schema"]["$ref"] == new_ref


def test_rename_schemas_refuses_a_collision() -> None:
    d = doc(schemas={"v1State": {}, "State": {}})
    with pytest.raises(ValueError, match="both be named State"):
        rename_schemas(d, facts())


def test_inline_query_enums_point_at_the_named_enum_the_request_is_named_after() -> None:
    members = ["SORT_BY_UNSPECIFIED", "SORT_BY_ID"]
    param = {"name": "sortBy", "in": "query", "schema": {"type": "string", "enum": members}}
    states = {"type": "array", "items": {"type": "string", "enum": ["A", "B"]}}
    d = doc(
        {
            "/s": {
                "get": op(
                    "getShells", parameters=[param, {"name": "s", "in": "query", "schema": states}]
                )
            }
        },
        {
            "v1GetShellsRequestSortBy": {"type": "string", "enum": members},
            "v1GetCommandsRequestSortBy": {"type": "string", "enum": members},
            "v1State": {"type": "string", "enum": ["A", "B"]},
        },
    )
    inline_query_enums(d, facts())
    params = d["paths"]["/s"]["get"]["parameters"]
    assert params[0]["schema"] == {"$ref": "#/components/schemas/v1GetShellsRequestSortBy"}
    assert params[1]["schema"]["items"] == {"$ref": "#/components/schemas/v1State"}


def test_inline_query_enums_refuses_an_enum_with_no_named_twin() -> None:
    param = {"name": "x", "in": "query", "schema": {"type": "string", "enum": ["Q"]}}
    with pytest.raises(ValueError, match="enum matches"):
        inline_query_enums(doc({"/s": {"get": op("g", parameters=[param])}}), facts())


# -- fields -------------------------------------------------------------------------------


def test_drop_missing_required_keeps_only_declared_fields() -> None:
    d = doc(
        schemas={
            "A": {"properties": {"x": {}}, "required": ["x", "gone"]},
            "B": {"properties": {"y": {}}, "required": ["typo"]},
        }
    )
    drop_missing_required(d, facts())
    assert d["components"]["schemas"]["A"]["required"] == ["x"]
    assert "required" not in d["components"]["schemas"]["B"]


def test_apply_presence_nullable_omittable_always() -> None:
    d = doc(
        schemas={
            "T": {
                "type": "object",
                "required": ["msg", "opt"],
                "properties": {
                    "msg": {"$ref": "#/components/schemas/M"},
                    "when": {"type": "string", "format": "date-time"},
                    "opt": {"type": "integer"},
                    "n": {"type": "integer"},
                },
            },
            "M": {"type": "object"},
        }
    )
    presence = {"T": {"msg": "nullable", "when": "nullable", "opt": "omittable", "n": "always"}}
    apply_presence(d, facts(presence=presence))
    t = d["components"]["schemas"]["T"]
    assert t["properties"]["msg"] == {
        "type": "object",
        "nullable": True,
        "anyOf": [{"$ref": "#/components/schemas/M"}, {"$ref": "#/components/schemas/NullValue"}],
    }
    assert t["properties"]["when"]["nullable"] is True
    assert t["required"] == ["msg"]  # omittable: never required
    assert "nullable" not in t["properties"]["opt"] and "nullable" not in t["properties"]["n"]
    assert d["components"]["schemas"]["NullValue"]["enum"] == [None]


def test_int64_as_strings_everywhere_a_64_bit_integer_hides() -> None:
    d = doc(
        schemas={
            "T": {
                "properties": {
                    "size": {"type": "string", "format": "int64"},
                    "total": {"type": "string", "format": "uint64"},
                    "sizes": {
                        "type": "object",
                        "additionalProperties": {"type": "string", "format": "int64"},
                    },
                    "name": {"type": "string"},
                }
            }
        }
    )
    int64_as_strings(d, facts())
    props = d["components"]["schemas"]["T"]["properties"]
    assert props["size"]["pattern"] == "^-?[0-9]+$"
    assert props["total"]["pattern"] == "^[0-9]+$"
    assert props["sizes"]["additionalProperties"]["pattern"] == "^-?[0-9]+$"
    assert "pattern" not in props["name"]


def test_non_finite_doubles_widen_fields_items_and_maps_but_not_query_parameters() -> None:
    number = {"type": "number", "format": "double"}
    d = doc(
        {
            "/q": {
                "get": op("q", parameters=[{"name": "lt", "in": "query", "schema": dict(number)}])
            }
        },
        {
            "T": {
                "properties": {
                    "metric": dict(number),
                    "progress": {**number, "nullable": True},
                    "values": {"type": "array", "items": {"type": "number", "format": "float"}},
                    "by": {"type": "object", "additionalProperties": dict(number)},
                    "count": {"type": "integer"},
                }
            }
        },
    )
    non_finite_doubles(d, facts())
    finite = {"$ref": "#/components/schemas/NonFiniteNumber"}
    props = d["components"]["schemas"]["T"]["properties"]
    assert props["metric"] == {"anyOf": [number, finite]}
    assert props["progress"] == {"anyOf": [{**number, "nullable": True}, finite]}
    assert props["values"]["items"]["anyOf"][1] == finite
    assert props["by"]["additionalProperties"]["anyOf"][1] == finite
    assert props["count"] == {"type": "integer"}
    assert d["paths"]["/q"]["get"]["parameters"][0]["schema"] == number
    assert d["components"]["schemas"]["NonFiniteNumber"]["enum"] == ["NaN", "Infinity", "-Infinity"]


def test_float32_bounds_only_on_float_fields() -> None:
    d = doc(
        schemas={
            "T": {
                "properties": {
                    "weight": {"type": "number", "format": "float"},
                    "loss": {"type": "number", "format": "double"},
                }
            }
        }
    )
    float32_bounds(d, facts())
    props = d["components"]["schemas"]["T"]["properties"]
    assert (props["weight"]["minimum"], props["weight"]["maximum"]) == (
        -3.4028234663852886e38,
        3.4028234663852886e38,
    )
    assert "maximum" not in props["loss"] and "minimum" not in props["loss"]


def test_uint32_bounds() -> None:
    d = doc(schemas={"T": {"properties": {"seed": {"type": "integer", "format": "int64"}}}})
    uint32_bounds(d, facts())
    seed = d["components"]["schemas"]["T"]["properties"]["seed"]
    assert (seed["minimum"], seed["maximum"]) == (0, 4294967295)


def test_protobuf_any_travels_with_its_type_url_inline() -> None:
    d = doc(schemas={"protobufAny": {"properties": {"typeUrl": {}, "value": {}}}})
    protobuf_any_wire_shape(d, facts())
    shape = d["components"]["schemas"]["protobufAny"]
    assert shape["required"] == ["@type"] and shape["additionalProperties"] is True
    assert "typeUrl" not in shape["properties"]


# -- answers ------------------------------------------------------------------------------


def test_streaming_operations_get_a_named_line_schema_and_our_extension() -> None:
    line = {
        "type": "object",
        "properties": {
            "result": {"$ref": "#/components/schemas/v1TrialLogsResponse"},
            "error": {"$ref": "#/components/schemas/runtimeStreamError"},
        },
    }
    stream = op("trialLogs")
    stream["responses"]["200"]["content"]["application/json"]["schema"] = line
    d = doc({"/t": {"get": stream, "post": op("notAStream")}})
    streaming_operations(d, facts())
    assert stream["x-determined-stream"] == "TrialLogsStreamLine"
    media = stream["responses"]["200"]["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/TrialLogsStreamLine"}
    schema = d["components"]["schemas"]["TrialLogsStreamLine"]
    assert (schema["minProperties"], schema["maxProperties"]) == (1, 1)
    assert "x-determined-stream" not in d["paths"]["/t"]["post"]


def test_empty_answers_refuse_a_200_without_a_body() -> None:
    d = doc({"/l": {"post": {"operationId": "logout", "responses": {"200": {"description": ""}}}}})
    with pytest.raises(ValueError, match="without a body"):
        empty_answers_are_objects(d, facts())


def test_error_responses_per_operation_kind() -> None:
    d = doc(
        {
            "/login": {"post": op("login")},
            "/e/{id}": {"get": op("getExperiment", parameters=[path_param("id")])},
            "/master": {"get": op("getClusterInfo")},
        },
        {"runtimeError": {"type": "object"}},
    )
    error_responses(d, facts())
    schemas = d["components"]["schemas"]
    assert "runtimeError" not in schemas and "ApiError" in schemas

    def codes(path: str, method: str) -> dict[str, str]:
        responses = d["paths"][path][method]["responses"]
        return {c: r.get("$ref", "").rsplit("/", 1)[-1] for c, r in responses.items() if c != "200"}

    assert codes("/login", "post") == {
        "400": "BadRequest",
        "401": "InvalidCredentials",
        "403": "Forbidden",
        "default": "UnexpectedError",
    }
    assert codes("/e/{id}", "get")["404"] == "NotFound"
    assert codes("/e/{id}", "get")["401"] == "Unauthorized"
    assert "401" not in codes("/master", "get") and "404" not in codes("/master", "get")
    assert list(d["paths"]["/e/{id}"]["get"]["responses"])[-1] == "default"
    for response in d["components"]["responses"].values():
        body = response["content"]["application/json"]
        assert body["schema"] == {"$ref": "#/components/schemas/ApiError"}
        assert set(body["example"]["error"]) == {"code", "reason", "error"}


def test_bad_request_example_names_no_field() -> None:
    d = doc()
    error_responses(d, facts())
    message = d["components"]["responses"]["BadRequest"]["content"]["application/json"]
    assert "field" not in message["example"]["error"]["error"]


def test_bearer_security_with_public_operations() -> None:
    d = doc({"/login": {"post": op("login", security=[])}, "/x": {"get": op("getX")}})
    d["components"]["securitySchemes"] = {"BearerToken": {"type": "apiKey"}}
    bearer_security(d, facts())
    assert d["components"]["securitySchemes"] == {
        "bearerAuth": {"type": "http", "scheme": "bearer"}
    }
    assert d["security"] == [{"bearerAuth": []}]
    assert d["paths"]["/login"]["post"]["security"] == []
    assert "security" not in d["paths"]["/x"]["get"]


def test_echo_routes_are_added_public_or_not_as_the_facts_say() -> None:
    routes = [
        {"method": "GET", "path": "/info", "auth": False},
        {"method": "GET", "path": "/checkpoints/{checkpoint_uuid}", "auth": True},
    ]
    d = doc()
    echo_routes(d, facts(echo_routes=routes))
    assert d["paths"]["/info"]["get"]["operationId"] == "getInfo"
    download = d["paths"]["/checkpoints/{checkpointUuid}"]["get"]
    assert download["parameters"][0]["name"] == "checkpointUuid"
    download["tags"].append("mutated")
    assert "mutated" not in ECHO_OPERATIONS[("GET", "/checkpoints/{checkpoint_uuid}")]["tags"]


def test_echo_routes_keep_a_route_the_swagger_declares() -> None:
    swagger_health = op("health")
    d = doc({"/health": {"get": swagger_health}})
    echo_routes(d, facts(echo_routes=[{"method": "GET", "path": "/health", "auth": False}]))
    assert d["paths"]["/health"]["get"] is swagger_health


def test_echo_routes_refuse_a_public_route_we_would_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    import contract.passes.routes as routes

    monkeypatch.setattr(routes, "PUBLIC_OPERATIONS", ("login",))
    with pytest.raises(ValueError, match="needs no token"):
        echo_routes(doc(), facts(echo_routes=[{"method": "GET", "path": "/info", "auth": False}]))


def test_echo_routes_refuse_a_route_we_do_not_know() -> None:
    with pytest.raises(ValueError, match="no operation"):
        echo_routes(doc(), facts(echo_routes=[{"method": "GET", "path": "/new", "auth": True}]))


def test_links_point_one_answer_at_the_next_operation() -> None:
    d = doc({"/l": {"post": op("login")}, "/m": {"get": op("getMe")}})
    links(d, facts())
    link = d["paths"]["/l"]["post"]["responses"]["200"]["links"]["GetMeWithToken"]
    assert link["operationId"] == "getMe"


def test_a_link_to_an_unknown_operation_fails() -> None:
    with pytest.raises(ValueError, match="unknown getMe"):
        links(doc({"/l": {"post": op("login")}}), facts())
