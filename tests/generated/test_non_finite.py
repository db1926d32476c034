"""Every float and double field of every model reads "NaN", "Infinity" and "-Infinity" (how
the master sends non-finite values) as float('nan'), inf and -inf, keeps the Python type
float, and writes them back as the same strings (JSON has no NaN).

The fields come from the contract (every property that admits NonFiniteNumber), so a new
double field anywhere is covered without touching this test.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

import determined_api.models as models
from contract.passes._example_values import ExampleValues

from ..spec._spec import load

NON_FINITE = {
    "NaN": math.isnan,
    "Infinity": lambda v: v == math.inf,
    "-Infinity": lambda v: v == -math.inf,
}
REF = "#/components/schemas/NonFiniteNumber"


def admits_non_finite(schema: object) -> bool:
    options = schema.get("anyOf", []) if isinstance(schema, dict) else []
    return any(option.get("$ref") == REF for option in options)


def double_fields() -> list[tuple[str, str, str]]:
    """(schema, field, where): where is "field", "item" (of a list) or "value" (of a map
    the field holds)."""
    found = []
    for name, schema in load()["components"]["schemas"].items():
        for field, prop in schema.get("properties", {}).items():
            if admits_non_finite(prop):
                found.append((name, field, "field"))
            elif admits_non_finite(prop.get("items", {})):
                found.append((name, field, "item"))
            elif admits_non_finite(prop.get("additionalProperties")):
                found.append((name, field, "value"))
    return found


FIELDS = double_fields()


def test_the_contract_has_the_double_fields_of_the_api() -> None:
    names = {f"{schema}.{field}" for schema, field, _ in FIELDS}
    assert {"Experiment.bestTrialSearcherMetric", "Experiment.progress", "Job.progress"} <= names
    assert {where for _, _, where in FIELDS} == {"field", "item", "value"}
    assert len(FIELDS) >= 30


def instance(schema: str) -> dict[str, Any]:
    body = ExampleValues(load()).example({"$ref": f"#/components/schemas/{schema}"})
    assert isinstance(body, dict)
    return body


@pytest.mark.parametrize(("schema", "field", "where"), FIELDS, ids=lambda x: str(x))
@pytest.mark.parametrize("text", list(NON_FINITE))
def test_non_finite_strings_become_floats_and_back(
    schema: str, field: str, where: str, text: str
) -> None:
    body = instance(schema)
    model = getattr(models, schema)
    if where == "field":
        body[field] = text
        parsed = model.from_dict(body)
        value = getattr(parsed, _python_name(parsed, field))
        written = parsed.to_dict()[field]
    elif where == "item":
        body[field] = [1.5, text]
        parsed = model.from_dict(body)
        items = getattr(parsed, _python_name(parsed, field))
        assert items[0] == 1.5
        value, written = items[1], parsed.to_dict()[field][1]
    else:
        body[field] = {"a": 0.25, "b": text}
        parsed = model.from_dict(body)
        mapping = getattr(parsed, _python_name(parsed, field))
        assert mapping["a"] == 0.25
        value, written = mapping["b"], parsed.to_dict()[field]["b"]
    assert type(value) is float and NON_FINITE[text](value)
    assert written == text


@pytest.mark.parametrize(("schema", "field", "where"), [f for f in FIELDS if f[2] == "field"][:5])
def test_other_strings_are_refused(schema: str, field: str, where: str) -> None:
    body = instance(schema)
    for text in ("nan", "inf", "1.5", ""):
        body[field] = text
        with pytest.raises(TypeError, match=f"{schema}.{field}: expected number"):
            getattr(models, schema).from_dict(body)


def _python_name(parsed: object, field: str) -> str:
    """The attribute that holds JSON field ``field`` (snake case of the camelCase name)."""
    snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in field)
    for name in (snake, snake + "_"):  # max -> max_: the generator avoids builtins
        if hasattr(parsed, name):
            return name
    raise AssertionError(f"{type(parsed).__name__} has no {snake}")
