"""The mock front's body rules: a body the master would accept is respelled as the contract
says, from the contract's schemas alone; anything else is left for Prism to judge."""

from __future__ import annotations

import re
from typing import Any

import pytest
from multidict import CIMultiDict

from determined_client.testing import spec_path
from determined_client.testing._body_rules import BodyRules
from determined_client.testing._front import rewrite_request

NULLABLE_REF = {
    "anyOf": [{"$ref": "#/components/schemas/Inner"}, {"type": "object", "enum": [None]}]
}
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "paths": {
        "/api/v1/things/{thingId}": {
            "patch": {
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                    }
                },
                "responses": {},
            },
            "get": {"responses": {}},
        },
        "/api/v1/things/special": {
            "post": {
                "requestBody": {"$ref": "#/components/requestBodies/Special"},
                "responses": {},
            }
        },
        "/api/v1/files/{name}": {
            "put": {
                "requestBody": {
                    "content": {"application/octet-stream": {"schema": {"type": "string"}}}
                },
                "responses": {},
            }
        },
    },
    "components": {
        "requestBodies": {
            "Special": {
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Inner"}}}
            }
        },
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer", "format": "int32"},
                    "count": {"type": "integer", "format": "uint32"},
                    "ratio": {"type": "number", "format": "double"},
                    "size": {"type": "string", "format": "int64"},
                    "name": {"type": "string"},
                    "flag": {"type": "boolean"},
                    "state": {"type": "string", "enum": ["STATE_A", "STATE_B"]},
                    "ids": {"type": "array", "items": {"type": "integer", "format": "int32"}},
                    "byName": {
                        "type": "object",
                        "additionalProperties": {"type": "integer", "format": "int32"},
                    },
                    "inner": {**NULLABLE_REF, "nullable": True},
                    "merged": {"allOf": [{"$ref": "#/components/schemas/Inner"}]},
                    "either": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
                    "anything": {},
                },
            },
            "Inner": {
                "type": "object",
                "properties": {"trialId": {"type": "integer", "format": "int32"}},
            },
        },
    },
}
RULES = BodyRules(SPEC)
THING = RULES.match("PATCH", "/api/v1/things/7")


def normalize(body: dict[str, Any]) -> dict[str, Any]:
    assert THING is not None
    result: dict[str, Any] = RULES.normalize(body, THING.body_schema)
    return result


@pytest.mark.parametrize(
    ("field", "sent", "seen"),
    [
        ("id", "5", 5),
        ("id", "-5", -5),
        ("id", "0", 0),
        ("count", "7", 7),
        ("ratio", "0.25", 0.25),
        ("ratio", "-1.5e3", -1500.0),
        ("ratio", "2", 2),
        ("size", 157286400, "157286400"),  # int64 as a JSON number: the master takes it too
        ("either", "5", "5"),  # a string is valid as it is
    ],
)
def test_numbers_the_master_accepts_are_respelled(field: str, sent: Any, seen: Any) -> None:
    result = normalize({field: sent})
    assert result == {field: seen} and type(result[field]) is type(seen)


@pytest.mark.parametrize(
    ("field", "sent"),
    [
        ("id", "05"),  # not a JSON number: the master refuses it
        ("id", "+5"),
        ("id", "1e3"),
        ("id", "1.0"),
        ("id", " 5"),
        ("id", "five"),
        ("id", True),
        ("count", "-1"),  # uint32: no negatives
        ("ratio", "NaN"),  # the master takes it, JSON cannot carry it: Prism decides
        ("ratio", ".5"),
        ("name", "5"),  # a string field keeps its digits
        ("name", 5),  # and a number stays a (wrong) number
        ("state", "1"),
        ("flag", "true"),  # protobuf JSON has no booleans as strings
        ("size", "157286400"),
        ("anything", "5"),
    ],
)
def test_anything_else_is_left_for_prism(field: str, sent: Any) -> None:
    assert normalize({field: sent}) == {field: sent}


def test_nested_arrays_maps_and_references() -> None:
    body = {
        "ids": ["1", 2, "x"],
        "byName": {"a": "3", "b": 4},
        "inner": {"trialId": "9"},
        "merged": {"trialId": "10", "unknown": "11"},
        "unknown": "12",
    }
    assert normalize(body) == {
        "ids": [1, 2, "x"],
        "byName": {"a": 3, "b": 4},
        "inner": {"trialId": 9},
        "merged": {"trialId": 10, "unknown": "11"},
        "unknown": "12",
    }
    assert normalize({"inner": None}) == {"inner": None}


def test_null_means_not_set_for_fields_that_may_not_be_null() -> None:
    """The official SDK sends every unset field as null (`"description": null`); protobuf
    JSON reads that as not set, so the mock must not refuse it."""
    body = {"name": None, "id": None, "ids": None, "inner": None, "byName": {"a": None}}
    assert normalize(body) == {"inner": None, "byName": {"a": None}}
    assert normalize({"merged": {"trialId": None}, "anything": None}) == {
        "merged": {},
        "anything": None,
    }


def test_literal_paths_win_and_methods_matter() -> None:
    special = RULES.match("POST", "/api/v1/things/special")
    assert special is not None and special.template == "/api/v1/things/special"
    assert RULES.normalize({"trialId": "3"}, special.body_schema) == {"trialId": 3}
    got = RULES.match("GET", "/api/v1/things/special")
    assert got is not None and got.template == "/api/v1/things/{thingId}"
    assert got.body_schema is None
    assert RULES.match("DELETE", "/api/v1/things/7") is None
    assert RULES.match("PATCH", "/api/v1/things/7/extra") is None


def rewrite(method: str, path: str, body: bytes, **headers: str) -> tuple[bytes, CIMultiDict[str]]:
    sent: CIMultiDict[str] = CIMultiDict(headers)
    return rewrite_request(RULES, method, path, sent, body), sent


def test_a_body_without_content_type_is_json() -> None:
    body, headers = rewrite("PATCH", "/api/v1/things/1", b'{"id": 5}')
    assert body == b'{"id": 5}'  # nothing to respell: the bytes go through untouched
    assert headers["Content-Type"] == "application/json"
    body, headers = rewrite(
        "PATCH", "/api/v1/things/1", b'{"id": "5"}', **{"Content-Type": "text/plain"}
    )
    assert body == b'{"id":5}' and headers["Content-Type"] == "application/json"


def test_a_json_content_type_is_kept() -> None:
    kind = "application/json; charset=utf-8"
    body, headers = rewrite("PATCH", "/api/v1/things/1", b'{"id": "5"}', **{"Content-Type": kind})
    assert body == b'{"id":5}' and headers["Content-Type"] == kind


def test_a_missing_body_is_the_empty_message() -> None:
    body, headers = rewrite("PATCH", "/api/v1/things/1", b"")
    assert body == b"{}" and headers["Content-Type"] == "application/json"
    body, headers = rewrite("GET", "/api/v1/things/1", b"")
    assert body == b"" and "Content-Type" not in headers


def test_non_json_bodies_and_operations_go_through() -> None:
    body, headers = rewrite("PATCH", "/api/v1/things/1", b"{not json")
    assert body == b"{not json" and headers["Content-Type"] == "application/json"
    body, headers = rewrite("PUT", "/api/v1/files/a", b"raw", **{"Content-Type": "x/y"})
    assert body == b"raw" and headers["Content-Type"] == "x/y"
    body, headers = rewrite("POST", "/no/such/route", b'{"a": "1"}')
    assert body == b'{"a": "1"}' and headers["Content-Type"] == "application/json"


def test_every_operation_of_the_contract_is_found_by_its_own_path() -> None:
    """Over the whole packaged contract: each operation's path, its variables filled in,
    routes to that very operation, and every operation with a JSON body has its schema."""
    rules = BodyRules.from_file(spec_path())
    assert rules.operations
    for op in rules.operations:
        concrete = re.sub(r"\{[^}/]+\}", "1", op.template)
        found = rules.match(op.method, concrete)
        assert found is not None, op.template
        literal_twin = found.template != op.template
        assert not literal_twin or found.literal_chars > op.literal_chars, op.template
    bodies = [op for op in rules.operations if op.body_schema is not None]
    assert {op.template for op in bodies} >= {"/api/v1/auth/login", "/api/v1/tokens/{tokenId}"}
