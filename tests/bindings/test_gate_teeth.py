"""The gate has teeth: on a tiny API said both ways, each kind of change to our side is seen,
named, and fails the verdict; an allowed difference passes only while it occurs."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from contract.passes.names import schema_name

from . import _tiny, gate, read_bindings, read_openapi
from .gate import Allowed

GET_THING = "operation GET /api/v1/things/{}"
LOGS = "operation GET /api/v1/things/{}/logs"
ARCHIVE = "operation POST /api/v1/things/{}/archive"
ALLOW_NON_FINITE = [Allowed("our non-finite strings", (_tiny.NON_FINITE_ONLY_IN_OURS,))]


def verdict(change: Callable[[dict[str, Any]], None] | None = None) -> gate.Verdict:
    """The gate's verdict on the tiny pair after ``change`` to our side."""
    doc = _tiny.openapi()
    if change is not None:
        change(doc)
    theirs = read_bindings.read(_tiny.BINDINGS, schema_name)
    return gate.judge(gate.compare(theirs, read_openapi.read(doc)), ALLOW_NON_FINITE)


def schemas(doc: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = doc["components"]["schemas"]
    return found


def thing(doc: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = schemas(doc)["Thing"]
    return found


def get_thing(doc: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = doc["paths"]["/api/v1/things/{thingId}"]["get"]
    return found


def test_the_tiny_pair_agrees() -> None:
    result = verdict()
    assert result.ok, result.report()
    assert result.disagreements == []
    assert result.summary() == (
        "bindings gate: 3/3 operations, 6/6 fields agree, 1 allowed differences"
    )


def _drop_field(doc: dict[str, Any]) -> None:
    del thing(doc)["properties"]["tags"]


def _wrong_kind(doc: dict[str, Any]) -> None:
    thing(doc)["properties"]["id"] = {"type": "string", "format": "int64"}


def _not_required(doc: dict[str, Any]) -> None:
    thing(doc)["required"].remove("id")


def _required(doc: dict[str, Any]) -> None:
    thing(doc)["required"].append("tags")


def _required_undeclared(doc: dict[str, Any]) -> None:
    thing(doc)["required"].append("ghost")


def _missing_operation(doc: dict[str, Any]) -> None:
    del doc["paths"]["/api/v1/things/{thingId}/archive"]


def _enum_member_removed(doc: dict[str, Any]) -> None:
    schemas(doc)["State"]["enum"].remove("STATE_B")


def _finite_only(doc: dict[str, Any]) -> None:
    thing(doc)["properties"]["score"] = {"type": "number", "format": "double"}


def _nullable_required(doc: dict[str, Any]) -> None:
    thing(doc)["properties"]["created"]["nullable"] = True


def _query_dropped(doc: dict[str, Any]) -> None:
    get_thing(doc)["parameters"].pop()


def _query_required(doc: dict[str, Any]) -> None:
    get_thing(doc)["parameters"][2]["required"] = True


def _query_enum_other_members(doc: dict[str, Any]) -> None:
    schemas(doc)["OtherState"] = {"type": "string", "enum": ["STATE_A"]}
    get_thing(doc)["parameters"][1]["schema"]["items"] = {"$ref": "#/components/schemas/OtherState"}


def _path_variable_kind(doc: dict[str, Any]) -> None:
    get_thing(doc)["parameters"][0]["schema"] = {"type": "string"}


def _response_changed(doc: dict[str, Any]) -> None:
    get_thing(doc)["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Thing"
    }


def _body_dropped(doc: dict[str, Any]) -> None:
    del doc["paths"]["/api/v1/things/{thingId}/archive"]["post"]["requestBody"]


def _stream_unmarked(doc: dict[str, Any]) -> None:
    del doc["paths"]["/api/v1/things/{thingId}/logs"]["get"]["x-determined-stream"]


def _stream_result_changed(doc: dict[str, Any]) -> None:
    schemas(doc)["ThingLogsStreamLine"]["properties"]["result"] = {
        "$ref": "#/components/schemas/Thing"
    }


def _empty_answer_with_fields(doc: dict[str, Any]) -> None:
    archive = doc["paths"]["/api/v1/things/{thingId}/archive"]["post"]
    archive["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Thing"
    }


def _shared_parameter(doc: dict[str, Any]) -> None:
    """verbose as a shared parameter: the same contract, said another way."""
    doc["components"]["parameters"] = {"Verbose": get_thing(doc)["parameters"][2]}
    get_thing(doc)["parameters"][2] = {"$ref": "#/components/parameters/Verbose"}


def _schema_renamed(doc: dict[str, Any]) -> None:
    """Thing is called Item in ours, references included."""
    renamed = json.loads(json.dumps(doc).replace('schemas/Thing"', 'schemas/Item"'))
    renamed["components"]["schemas"]["Item"] = renamed["components"]["schemas"].pop("Thing")
    doc.clear()
    doc.update(renamed)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_drop_field, ["field Thing.tags: only in bindings"]),
        (_wrong_kind, ["field Thing.id: kind: bindings integer, ours string"]),
        (_not_required, ["field Thing.id: required in bindings True, in ours False"]),
        (_required, ["field Thing.tags: required in bindings False, in ours True"]),
        (_required_undeclared, ["field Thing.ghost: only in ours"]),
        (_missing_operation, [ARCHIVE + ": only in bindings"]),
        (
            _enum_member_removed,
            [
                GET_THING
                + ": query states: kind: "
                + "bindings array<enum{STATE_A,STATE_B}>, ours array<enum{STATE_A}>",
                "schema State: enum member STATE_B: only in bindings",
            ],
        ),
        (_finite_only, ["field Thing.score: kind: bindings number, ours finite-number"]),
        (_nullable_required, ["field Thing.created: nullable in ours, never null in bindings"]),
        (_query_dropped, [GET_THING + ": query verbose: only in bindings"]),
        (
            _query_required,
            [GET_THING + ": query verbose: required in bindings False, in ours True"],
        ),
        (
            _query_enum_other_members,
            [
                GET_THING
                + ": query states: kind: "
                + "bindings array<enum{STATE_A,STATE_B}>, ours array<enum{STATE_A}>",
                "schema OtherState: only in ours",
            ],
        ),
        (
            _path_variable_kind,
            [GET_THING + ": path variable kinds: " + "bindings ['integer'], ours ['string']"],
        ),
        (
            _response_changed,
            [GET_THING + ": response: bindings ref:GetThingResponse, ours ref:Thing"],
        ),
        (
            _stream_unmarked,
            [
                LOGS + ": response: bindings stream<result=ref:GetThingResponse,error=ref:"
                "StreamError>, ours ref:ThingLogsStreamLine",
                "schema ThingLogsStreamLine: only in ours",
            ],
        ),
        (
            _stream_result_changed,
            [
                LOGS + ": response: bindings stream<result=ref:GetThingResponse,error=ref:"
                "StreamError>, ours stream<result=ref:Thing,error=ref:StreamError>",
            ],
        ),
        (_empty_answer_with_fields, [ARCHIVE + ": response: bindings empty, ours ref:Thing"]),
        (
            _body_dropped,
            [ARCHIVE + ": request body: bindings ref:Thing, ours None"],
        ),
    ],
    ids=lambda v: getattr(v, "__name__", "")[1:] or None,
)
def test_each_change_is_a_named_disagreement(
    change: Callable[[dict[str, Any]], None], expected: list[str]
) -> None:
    result = verdict(change)
    assert not result.ok
    assert result.disagreements == expected
    assert all(f"  {d}" in result.report() for d in expected)


def test_shared_parameters_are_read_through_their_ref() -> None:
    result = verdict(_shared_parameter)
    assert result.ok, result.report()


def test_a_missing_operation_and_a_dropped_field_show_in_the_counts() -> None:
    assert verdict(_missing_operation).summary().startswith("bindings gate: 2/3 operations")
    assert "5/6 fields agree" in verdict(_drop_field).summary()


def test_a_renamed_schema_is_one_side_each_with_its_fields() -> None:
    found = verdict(_schema_renamed).disagreements
    assert "schema Item: only in ours" in found
    assert "schema Thing: only in bindings" in found
    assert (
        verdict(_schema_renamed)
        .summary()
        .startswith("bindings gate: 2/3 operations, 0/11 fields agree")
    )


def test_an_allowed_difference_passes_and_counts() -> None:
    allowed = [*ALLOW_NON_FINITE, Allowed("a reason", ("field Thing.tags: only in bindings",))]
    theirs = read_bindings.read(_tiny.BINDINGS, schema_name)
    doc = _tiny.openapi()
    _drop_field(doc)
    result = gate.judge(gate.compare(theirs, read_openapi.read(doc)), allowed)
    assert result.ok, result.report()
    assert (
        result.summary() == "bindings gate: 3/3 operations, 6/6 fields agree, 2 allowed differences"
    )


def test_a_stale_allowed_difference_fails() -> None:
    allowed = [*ALLOW_NON_FINITE, Allowed("a reason", ("field Thing.tags: only in bindings",))]
    theirs = read_bindings.read(_tiny.BINDINGS, schema_name)
    result = gate.judge(gate.compare(theirs, read_openapi.read(_tiny.openapi())), allowed)
    assert not result.ok
    assert result.stale == ["field Thing.tags: only in bindings"]
    assert "no longer occur" in result.report()


def test_the_allowed_file_needs_reasons_and_no_repeats(tmp_path: Path) -> None:
    no_reason = tmp_path / "no_reason.yaml"
    no_reason.write_text('- reason: ""\n  differences: ["schema X: only in ours"]\n')
    with pytest.raises(ValueError, match="without a reason"):
        gate.load_allowed(no_reason)
    repeated = tmp_path / "repeated.yaml"
    repeated.write_text(
        '- reason: "one"\n  differences: ["schema X: only in ours"]\n'
        '- reason: "two"\n  differences: ["schema X: only in ours"]\n'
    )
    with pytest.raises(ValueError, match="more than once"):
        gate.load_allowed(repeated)


# --- reading the bindings: what each shape means, and no silent half-reading ---------------


def test_bindings_kinds_come_from_annotations_and_from_json() -> None:
    api = read_bindings.read(_tiny.BINDINGS, schema_name)
    fields = api.schemas["Thing"].fields
    assert {name: (f.kind, f.required, f.nullable) for name, f in fields.items()} == {
        "id": ("integer", True, False),
        "created": ("string", True, False),
        "state": ("ref:State", True, False),
        "score": ("number", False, None),
        "tags": ("array<string>", False, None),
    }
    assert api.schemas["State"].members == ["STATE_A", "STATE_B"]
    logs = api.operations[("GET", "/api/v1/things/{}/logs")]
    assert logs.response == "stream<result=ref:GetThingResponse,error=ref:StreamError>"
    get = api.operations[("GET", "/api/v1/things/{}")]
    assert get.path == ["integer"]
    assert {n: (p.kind, p.required) for n, p in get.query.items()} == {
        "states": ("array<ref:State>", False),
        "verbose": ("boolean", False),
    }
    assert (get.body, get.response) == (None, "ref:GetThingResponse")
    archive = api.operations[("POST", "/api/v1/things/{}/archive")]
    assert (archive.body, archive.response) == ("ref:Thing", "empty")


@pytest.mark.parametrize(
    ("old", "new", "complaint"),
    [
        ('float(obj["score"])', 'obj["score"]', "float"),
        ("typing.Union[typing.Sequence[str]", "typing.Union[typing.FrozenSet[str]", "annotation"),
        ('verbose: "typing.Optional[bool]"', "verbose: bool", "optional value without"),
        ('kwargs["tags"] = obj["tags"]', 'kwargs["tags"] = obj', "reads"),
        ('method="GET"', "method=verb", "not a constant"),
        ('path=f"/api/v1/things/{thingId}"', "path=things_path", "unexpected path"),
        ("stream=False", "stream=True", None),
    ],
)
def test_an_unexpected_bindings_shape_is_an_error(
    old: str, new: str, complaint: str | None
) -> None:
    if complaint is None:  # getThing streams, but its lines are not read as a stream's
        source = _tiny.BINDINGS.replace("stream=False", "stream=True", 1)
        complaint = "streams but returns"
    else:
        source = _tiny.BINDINGS.replace(old, new)
    assert source != _tiny.BINDINGS, f"{old!r} is not in the tiny bindings"
    with pytest.raises(read_bindings.BindingsFormatError, match=complaint):
        read_bindings.read(source, schema_name)


# --- reading our contract: our ways of saying a kind --------------------------------------

NON_FINITE = {"$ref": "#/components/schemas/NonFiniteNumber"}
NULL = {"$ref": "#/components/schemas/NullValue"}
THING = {"$ref": "#/components/schemas/Thing"}


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string", "format": "int64", "pattern": "^-?[0-9]+$"}, ("string", False)),
        ({"type": "string", "format": "date-time", "nullable": True}, ("string", True)),
        ({"type": "integer", "format": "int64", "minimum": 0}, ("integer", False)),
        ({"anyOf": [{"type": "number"}, NON_FINITE]}, ("number", False)),
        ({"anyOf": [{"type": "number", "nullable": True}, NON_FINITE]}, ("number", True)),
        ({"type": "number"}, ("finite-number", False)),
        ({"type": "object", "nullable": True, "anyOf": [THING, NULL]}, ("ref:Thing", True)),
        ({"type": "object", "nullable": True}, ("object", True)),
        ({"type": "object", "additionalProperties": True}, ("object", False)),
        (
            {"type": "object", "additionalProperties": {"anyOf": [{"type": "number"}, NON_FINITE]}},
            ("map<number>", False),
        ),
        ({"type": "array", "items": THING}, ("array<ref:Thing>", False)),
        ({"anyOf": [{"type": "string"}, NON_FINITE]}, ("string|NonFiniteNumber", False)),
        ({"anyOf": [{"type": "string"}, THING]}, ("anyOf<string,ref:Thing>", False)),
    ],
)
def test_our_kinds(schema: dict[str, Any], expected: tuple[str, bool]) -> None:
    assert read_openapi.kind(schema) == expected
