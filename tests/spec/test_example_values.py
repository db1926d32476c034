"""The example value rules (contract/passes/_example_values.py) on a tiny contract."""

from __future__ import annotations

import copy
import re
import uuid
from datetime import datetime
from typing import Any

import pytest

from contract.passes._example_values import ExampleValues

from ._spec import validate


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(name: str) -> dict[str, Any]:
    return {"type": "object", "nullable": True, "anyOf": [_ref(name), _ref("NullValue")]}


INT64 = {"type": "string", "format": "int64", "pattern": "^-?[0-9]+$"}
DOUBLE = {"anyOf": [{"type": "number", "format": "double"}, _ref("NonFiniteNumber")]}
THING = {
    "type": "object",
    "required": ["id", "name", "state"],
    "properties": {
        "id": {"type": "integer", "format": "int32"},
        "experimentId": {"type": "integer", "format": "int32"},
        "trialIds": {"type": "array", "items": {"type": "integer", "format": "int32"}},
        "uuid": {"type": "string"},
        "jobId": {"type": "string"},
        "name": {"type": "string"},
        "username": {"type": "string"},
        "description": {"type": "string"},
        "startTime": {"type": "string", "format": "date-time", "nullable": True},
        "createdAt": {"type": "string"},
        "state": _ref("State"),
        "checkpointSize": INT64,
        "validationLoss": DOUBLE,
        "weight": {"type": "number", "format": "float"},
        "archived": {"type": "boolean"},
        "labels": {"type": "array", "items": {"type": "string"}},
        "metadata": {"type": "object", "nullable": True},
        "resources": {"type": "object", "additionalProperties": INT64},
        "parent": _nullable("Thing"),  # a cycle
        "children": {"type": "array", "items": _ref("Thing")},  # a cycle through an array
        "port": {"type": "integer", "format": "int32", "minimum": 0, "maximum": 1023},
    },
}
DOC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Thing": THING,
            "State": {
                "type": "string",
                "enum": ["STATE_UNSPECIFIED", "STATE_QUEUED", "STATE_ACTIVE", "STATE_ERROR"],
            },
            "NullValue": {"type": "object", "nullable": True, "enum": [None]},
            "NonFiniteNumber": {"type": "string", "enum": ["NaN", "Infinity", "-Infinity"]},
            "Pagination": {
                "type": "object",
                "properties": {
                    k: {"type": "integer", "format": "int32"}
                    for k in ("offset", "limit", "startIndex", "endIndex", "total")
                },
            },
            "GetThingsResponse": {
                "type": "object",
                "required": ["things", "pagination"],
                "properties": {
                    "things": {"type": "array", "items": _ref("Thing")},
                    "pagination": _nullable("Pagination"),
                },
            },
            "ThingsStreamLine": {
                "type": "object",
                "minProperties": 1,
                "maxProperties": 1,
                "properties": {"result": _ref("Thing"), "error": {"type": "object"}},
            },
            "Loop": {"type": "object", "required": ["next"], "properties": {"next": _ref("Loop")}},
        }
    }
}


def example(name: str, doc: dict[str, Any] = DOC) -> Any:
    return ExampleValues(doc).example(_ref(name))


def leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in leaves(v)]
    if isinstance(value, list):
        return [leaf for v in value for leaf in leaves(v)]
    return [value]


def test_values_follow_the_field_names_and_formats() -> None:
    thing = example("Thing")
    assert thing["id"] >= 1 and thing["id"] < 1000
    assert thing["experimentId"] == 42  # the hand-written examples' experiment
    assert thing["trialIds"] == [313, 314]
    assert uuid.UUID(thing["uuid"]) and uuid.UUID(thing["jobId"])
    assert thing["username"] == "determined"
    assert re.fullmatch(r"[a-z][a-z0-9-]+", thing["name"])
    assert len(thing["description"].split()) >= 3
    for field in ("startTime", "createdAt"):  # by format, and by name (*At, *Time)
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", thing[field])
        assert datetime.fromisoformat(thing[field]).tzinfo is not None
    assert thing["state"] == "STATE_ACTIVE"  # a real member, the everyday one
    assert re.fullmatch(r"[0-9]+", thing["checkpointSize"])
    assert isinstance(thing["validationLoss"], float) and 0 < thing["validationLoss"] < 1
    assert thing["weight"] == 1.0
    assert thing["archived"] is False
    assert thing["labels"] == ["mnist", "tutorial"]
    assert isinstance(thing["metadata"], dict) and thing["metadata"]
    [(file, size)] = thing["resources"].items()
    assert file.endswith(".pth") and size.isdigit()
    assert 0 <= thing["port"] <= 1023  # bounds are kept


def test_cycles_end_in_required_fields_only() -> None:
    thing = example("Thing")
    assert set(thing["parent"]) == {"id", "name", "state"}
    assert [set(child) for child in thing["children"]] == [{"id", "name", "state"}]


def test_a_schema_that_can_only_recurse_fails_loudly() -> None:
    with pytest.raises(ValueError, match="no finite example"):
        example("Loop")


def test_pages_count_their_items_so_paging_stops() -> None:
    page = example("GetThingsResponse")
    assert len(page["things"]) == 1
    assert page["pagination"] == {
        "offset": 0,
        "limit": 100,
        "startIndex": 0,
        "endIndex": 1,
        "total": 1,
    }


def test_stream_line_is_one_result() -> None:
    line = example("ThingsStreamLine")
    assert list(line) == ["result"]
    assert line["result"]["experimentId"] == 42


def test_no_placeholders() -> None:
    values = leaves(example("GetThingsResponse"))
    assert "string" not in values
    numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    assert len([n for n in numbers if n != 0]) >= len(numbers) - 2  # offset, startIndex


@pytest.mark.parametrize("name", ["Thing", "GetThingsResponse", "ThingsStreamLine"])
def test_examples_fit_their_schemas(name: str) -> None:
    validate(example(name), _ref(name), DOC)


def test_output_is_deterministic_and_leaves_the_document_alone() -> None:
    before = copy.deepcopy(DOC)
    first = example("GetThingsResponse")
    assert example("GetThingsResponse", copy.deepcopy(DOC)) == first
    assert before == DOC


def test_a_message_without_fields_is_an_empty_object_and_a_struct_is_not() -> None:
    doc = copy.deepcopy(DOC)
    doc["components"]["schemas"]["LogoutResponse"] = {"type": "object"}
    assert example("LogoutResponse", doc) == {}
    assert example("Thing", doc)["metadata"] != {}  # an inline free-form object
