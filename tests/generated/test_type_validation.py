"""A 200 whose body does not fit the model must not parse: from_dict raises TypeError.

The property templates (templates/property_templates/, type_checks.jinja) check the JSON
type of every declared field; the session layer turns the TypeError into
APIResponseValidationError (tests/unit/test_errors.py). What stays tolerant is covered by
test_forward_compat.py: unknown fields, unknown enum strings, null, absent optional fields.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

import determined_api.models as models
from determined_api.models import (
    GetMasterResponse,
    Experiment,
    GetCheckpointResponse,
    GetExperimentResponse,
    GetExperimentsResponse,
    GetModelsResponse,
)

from ..spec._spec import operations, resolve

Path = tuple[str | int, ...]


def example(op_id: str) -> Any:
    op = operations()[op_id][2]
    return copy.deepcopy(op["responses"]["200"]["content"]["application/json"]["example"])


def response_model(op_id: str) -> Any:
    schema = operations()[op_id][2]["responses"]["200"]["content"]["application/json"]["schema"]
    return getattr(models, schema["$ref"].rsplit("/", 1)[1])


def set_at(body: Any, path: Path, value: Any) -> Any:
    target = body
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return body


# (model, operation whose 200 example is the base body, path to the field, wrong value)
EXP = ("experiment",)
WRONG: list[tuple[Any, str, Path, Any]] = [
    (GetExperimentResponse, "getExperiment", (*EXP, "id"), "abc"),
    (GetExperimentResponse, "getExperiment", (*EXP, "id"), True),  # bool is not an int in JSON
    (GetExperimentResponse, "getExperiment", (*EXP, "id"), 1.5),
    (GetExperimentResponse, "getExperiment", (*EXP, "numTrials"), {"x": 1}),
    (GetExperimentResponse, "getExperiment", (*EXP, "archived"), "no"),
    (GetExperimentResponse, "getExperiment", (*EXP, "archived"), 0),
    (GetExperimentResponse, "getExperiment", (*EXP, "name"), 42),
    (GetExperimentResponse, "getExperiment", (*EXP, "name"), None),  # required, not nullable
    (GetExperimentResponse, "getExperiment", (*EXP, "labels"), "a,b"),
    (GetExperimentResponse, "getExperiment", (*EXP, "labels"), {"a": 1}),
    (GetExperimentResponse, "getExperiment", (*EXP, "labels"), ["ok", 3]),
    (GetExperimentResponse, "getExperiment", (*EXP, "trialIds"), [1, "2"]),
    (GetExperimentResponse, "getExperiment", (*EXP, "trialIds"), [1, True]),
    (GetExperimentResponse, "getExperiment", (*EXP, "trialIds"), 7),
    (GetExperimentResponse, "getExperiment", (*EXP, "startTime"), 1700000000),
    (GetExperimentResponse, "getExperiment", (*EXP, "endTime"), 1700000000),  # nullable
    (GetExperimentResponse, "getExperiment", (*EXP, "progress"), "0.5"),
    (GetExperimentResponse, "getExperiment", (*EXP, "progress"), True),
    (GetExperimentResponse, "getExperiment", (*EXP, "state"), 3),
    (GetExperimentResponse, "getExperiment", (*EXP, "state"), None),
    (GetExperimentResponse, "getExperiment", (*EXP, "userId"), "1"),  # nullable int
    (GetExperimentResponse, "getExperiment", (*EXP, "description"), ["x"]),  # nullable str
    (GetExperimentResponse, "getExperiment", (*EXP, "config"), "not an object"),
    (GetExperimentResponse, "getExperiment", (*EXP, "config"), [["a", 1]]),  # dict() would take it
    (GetExperimentResponse, "getExperiment", (*EXP, "hyperparameters"), [1]),  # nullable free-form
    (GetExperimentResponse, "getExperiment", EXP, "not an object"),
    (GetExperimentResponse, "getExperiment", EXP, [["id", 1]]),
    (GetExperimentResponse, "getExperiment", ("jobSummary",), "queued"),  # nullable model
    (GetExperimentResponse, "getExperiment", ("jobSummary", "state"), 1),
    (GetExperimentsResponse, "getExperiments", ("experiments",), {"0": {}}),
    (GetExperimentsResponse, "getExperiments", ("experiments",), "none"),
    (GetExperimentsResponse, "getExperiments", ("experiments", 0), "exp"),
    (GetExperimentsResponse, "getExperiments", ("pagination", "total"), "2"),
    (GetMasterResponse, "getClusterInfo", ("version",), 38),
    (GetMasterResponse, "getClusterInfo", ("version",), None),
    (GetMasterResponse, "getClusterInfo", ("ssoProviders",), {"name": "okta"}),  # nullable list
    (GetMasterResponse, "getClusterInfo", ("clusterMessage",), "hello"),  # nullable model
    (GetModelsResponse, "getModels", ("models", 0, "labels"), [None]),
    (GetCheckpointResponse, "getCheckpoint", ("checkpoint", "state"), ["STATE_ACTIVE"]),
]


@pytest.mark.parametrize(
    ("model", "op_id", "path", "value"),
    WRONG,
    ids=[f"{m.__name__}.{'.'.join(map(str, p))}={v!r}" for m, _, p, v in WRONG],
)
def test_wrongly_typed_value_raises_type_error(model: Any, op_id: str, path: Path, value: Any) -> None:
    body = set_at(example(op_id), path, value)
    with pytest.raises(TypeError, match=r"\w+\.\w+( item)?: expected \w+"):
        model.from_dict(body)


def test_message_names_model_field_and_types() -> None:
    body = set_at(example("getExperiment"), (*EXP, "numTrials"), {"x": 1})
    with pytest.raises(TypeError, match=r"^Experiment\.numTrials: expected int, got dict$"):
        GetExperimentResponse.from_dict(body)
    body = set_at(example("getExperiment"), (*EXP, "trialIds"), [1, "2"])
    with pytest.raises(TypeError, match=r"^Experiment\.trialIds item: expected int, got str$"):
        GetExperimentResponse.from_dict(body)
    body = set_at(example("getExperiment"), ("jobSummary",), "queued")
    with pytest.raises(TypeError, match=r"^GetExperimentResponse\.jobSummary: expected object, got str$"):
        GetExperimentResponse.from_dict(body)


def test_datetime_string_that_is_not_iso_8601_is_a_value_error() -> None:
    for field in ("startTime", "endTime"):
        body = set_at(example("getExperiment"), (*EXP, field), "yesterday")
        with pytest.raises(ValueError, match="yesterday"):
            GetExperimentResponse.from_dict(body)


def test_numbers_accept_int_and_float() -> None:
    body = example("getExperiment")
    for progress in (0, 1, 0.25):
        body["experiment"]["progress"] = progress
        assert GetExperimentResponse.from_dict(body).experiment.progress == progress


def test_unknown_enum_string_and_free_form_objects_still_parse() -> None:
    body = example("getExperiment")
    body["experiment"]["state"] = "STATE_FROM_THE_FUTURE"
    body["experiment"]["config"] = {"anything": [1, {"goes": None}], "x": True}
    body["experiment"]["hyperparameters"] = {"lr": {"type": "const", "val": 0.1}}
    parsed = GetExperimentResponse.from_dict(body)
    assert parsed.experiment.state == "STATE_FROM_THE_FUTURE"
    assert parsed.experiment.config.additional_properties["anything"] == [1, {"goes": None}]


NULLABLE = ("endTime", "progress", "forkedFrom", "hyperparameters")  # presence.json: nullable
OMITTABLE = ("bestTrialId", "bestTrialSearcherMetric", "externalExperimentId")  # never null


def test_null_and_absent_still_accepted() -> None:
    body = example("getExperiment")
    for field in NULLABLE:
        body["experiment"][field] = None
    body["jobSummary"] = None
    parsed = GetExperimentResponse.from_dict(body)
    assert parsed.experiment is not None and parsed.experiment.end_time is None
    assert parsed.job_summary is None
    for field in NULLABLE + OMITTABLE + ("labels", "trialIds"):
        body["experiment"].pop(field, None)
    del body["jobSummary"]
    parsed = GetExperimentResponse.from_dict(body)
    assert parsed.experiment is not None and isinstance(parsed.experiment.to_dict(), dict)


@pytest.mark.parametrize("field", [*OMITTABLE, "labels", "trialIds", "name"])
def test_null_where_the_master_never_sends_it_is_refused(field: str) -> None:
    """Omittable fields are absent when unset, repeated and scalar fields always present:
    a null there is not what a master sends (presence.json)."""
    body = set_at(example("getExperiment"), (*EXP, field), None)
    with pytest.raises(TypeError, match=f"Experiment.{field}: expected"):
        GetExperimentResponse.from_dict(body)


def test_missing_required_field_is_still_a_key_error() -> None:
    body = example("getExperiment")
    del body["experiment"]["numTrials"]
    with pytest.raises(KeyError):
        GetExperimentResponse.from_dict(body)


# --- every operation's documented 200 example still parses, also with every null it allows ---

PARSED_OPS = [
    op
    for op, (_, _, o) in operations().items()
    if "application/json" in o["responses"]["200"].get("content", {})
]


def with_nulls(schema: Any, value: Any) -> Any:
    """A copy of value with every present nullable property set to null, except objects,
    whose own nullable properties are set to null instead (so nested nulls are tried)."""
    schema = resolve(schema)
    if isinstance(value, list):
        items = schema.get("items", {})
        return [with_nulls(items, v) for v in value]
    if not isinstance(value, dict):
        return value
    props = schema.get("properties", {})
    out = {}
    for key, v in value.items():
        sub = resolve(props.get(key, {}))
        if sub.get("nullable") and isinstance(v, dict) and "anyOf" in sub:
            out[key] = with_nulls(sub["anyOf"][0], v)
        else:
            out[key] = None if sub.get("nullable") else with_nulls(sub, v)
    return out


def nullable_count(schema: Any, value: Any) -> int:
    return repr(with_nulls(schema, value)).count("None") - repr(value).count("None")


def test_operations_with_examples_are_all_covered() -> None:
    assert len(PARSED_OPS) >= 10
    assert {"getExperiment", "getExperiments", "getClusterInfo", "login"} <= set(PARSED_OPS)


@pytest.mark.parametrize("op_id", PARSED_OPS)
def test_documented_example_parses(op_id: str) -> None:
    body = example(op_id)
    parsed = response_model(op_id).from_dict(body)
    assert parsed.to_dict().keys() == body.keys()


@pytest.mark.parametrize("op_id", PARSED_OPS)
def test_documented_example_parses_with_nulls(op_id: str) -> None:
    schema = operations()[op_id][2]["responses"]["200"]["content"]["application/json"]["schema"]
    body = with_nulls(schema, example(op_id))
    response_model(op_id).from_dict(body)


def test_nulls_variant_does_null_something() -> None:
    schema = operations()["getExperiment"][2]["responses"]["200"]["content"]["application/json"]["schema"]
    assert nullable_count(schema, example("getExperiment")) >= 4


def test_bench_payload_experiment_parses() -> None:
    """The bench's wire-faithful experiment (int64 as strings, nulls, defaults) fits the model."""
    payloads = pytest.importorskip("bench.payloads")
    parsed = Experiment.from_dict(payloads.experiment(7))
    assert parsed.id == 7
