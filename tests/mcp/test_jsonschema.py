"""OpenAPI 3.0 schema -> JSON Schema 2020-12, one rule at a time, checked by validating."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from determined_client.mcp._jsonschema import SchemaConverter

COMPONENTS: dict[str, Any] = {
    "components": {
        "schemas": {
            "State": {"type": "string", "enum": ["STATE_A", "STATE_B"]},
            "Null": {"type": "object", "nullable": True, "enum": [None]},
            "Node": {
                "type": "object",
                "required": ["name", "gone"],  # "gone" names no property: dropped
                "properties": {
                    "name": {"type": "string", "example": "n", "x-go-name": "Name"},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    "state": {"$ref": "#/components/schemas/State"},
                    "parent": {
                        "type": "object",
                        "nullable": True,
                        "anyOf": [
                            {"$ref": "#/components/schemas/Node"},
                            {"$ref": "#/components/schemas/Null"},
                        ],
                    },
                },
            },
            "Unused": {"type": "integer"},
        }
    }
}


def document(schema: dict[str, Any], *, relax: bool = False) -> dict[str, Any]:
    conv = SchemaConverter(COMPONENTS, relax_enums=relax)
    doc = conv.document(conv.resolve(schema))
    Draft202012Validator.check_schema(doc)
    return doc


def valid(schema: dict[str, Any], value: Any, *, relax: bool = False) -> bool:
    return Draft202012Validator(document(schema, relax=relax)).is_valid(value)


@pytest.mark.parametrize(
    ("schema", "accepted", "refused"),
    [
        ({"type": "string", "nullable": True}, ["a", None], [1]),
        ({"type": "string", "enum": ["A"], "nullable": True}, ["A", None], ["B"]),
        ({"type": "integer"}, [1], [None, "1"]),
        (
            {"nullable": True, "allOf": [{"$ref": "#/components/schemas/State"}]},
            ["STATE_A", None],
            ["STATE_C"],
        ),
        ({"type": "integer", "minimum": 0, "exclusiveMinimum": True}, [1], [0]),
        ({"type": "integer", "maximum": 5, "exclusiveMaximum": False}, [5], [6]),
        ({"type": "object", "additionalProperties": {"type": "string"}}, [{"a": "b"}], [{"a": 1}]),
    ],
)
def test_openapi_rules_become_json_schema_rules(
    schema: dict[str, Any], accepted: list[Any], refused: list[Any]
) -> None:
    for value in accepted:
        assert valid(schema, value), value
    for value in refused:
        assert not valid(schema, value), value


def test_recursive_and_shared_schemas_become_defs_with_only_what_is_reached() -> None:
    doc = document({"$ref": "#/components/schemas/Node"})
    assert set(doc["$defs"]) == {"Node", "State", "Null"}  # not Unused
    assert doc["type"] == "object" and doc["required"] == ["name"]
    assert doc["properties"]["children"]["items"] == {"$ref": "#/$defs/Node"}
    name = doc["properties"]["name"]
    assert name == {"type": "string"}  # example and x- extensions dropped
    tree = {"name": "root", "children": [{"name": "leaf", "parent": None, "state": "STATE_A"}]}
    assert Draft202012Validator(doc).is_valid(tree)
    bad = {"name": "root", "children": [{"name": 1}]}
    assert not Draft202012Validator(doc).is_valid(bad)


def test_enums_are_relaxed_only_for_results() -> None:
    node = {"$ref": "#/components/schemas/Node"}
    future = {"name": "n", "state": "STATE_NEW", "parent": None}
    assert not valid(node, future)
    assert valid(node, future, relax=True)
    assert valid(node, {"name": "n", "parent": None}, relax=True)  # null enum kept
    assert not valid({"$ref": "#/components/schemas/Null"}, {}, relax=True)


def test_a_ref_keeps_no_siblings_and_dangling_or_foreign_refs_fail() -> None:
    conv = SchemaConverter(COMPONENTS)
    assert conv.convert({"$ref": "#/components/schemas/State", "description": "x"}) == {
        "$ref": "#/$defs/State"
    }
    with pytest.raises(ValueError, match="unknown schema #/components/schemas/Nope"):
        conv.convert({"type": "array", "items": {"$ref": "#/components/schemas/Nope"}})
    with pytest.raises(ValueError, match="unsupported reference"):
        conv.convert({"$ref": "other.yaml#/X"})


def test_the_source_spec_is_not_changed() -> None:
    before = repr(COMPONENTS)
    document({"$ref": "#/components/schemas/Node"}, relax=True)
    assert repr(COMPONENTS) == before
