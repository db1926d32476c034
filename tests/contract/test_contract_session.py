"""Every operation in openapi.yaml, called through the session layer against Prism, returns a
parsed model with every required field present. Operations are read from the spec, so a new
operation is covered (or fails loudly for lack of a generated module) automatically."""

from __future__ import annotations

import importlib
import inspect
import re
from datetime import datetime
from typing import Any

import pytest

from determined_api.types import UNSET

from ._support import Operation, load_spec, operations, resolve, snake, success_example

OPERATIONS = list(operations())
_DATE_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")

# Values for path parameters, by type; the mock serves its example whatever the value.
_PATH_VALUES = {"integer": 42, "string": "2d6f9b3a-81c4-4e0a-b7f5-93a1c6e2d840"}


def _kwargs(op: Operation, module: Any) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    for param in op.spec.get("parameters", []):
        param = resolve(param)
        if param["in"] == "path":
            kwargs[snake(param["name"])] = _PATH_VALUES[resolve(param["schema"])["type"]]
    request_body = op.spec.get("requestBody")
    if request_body is not None:
        example = request_body["content"]["application/json"]["example"]
        body_type = inspect.signature(module.sync_detailed).parameters["body"].annotation
        kwargs["body"] = body_type.from_dict(example)
    return kwargs


def _missing_required(schema: Any, value: Any, where: str) -> list[str]:
    """Paths of required properties absent (or null without `nullable`) in ``value``."""
    schema = resolve(schema)
    if "allOf" in schema:
        return [m for part in schema["allOf"] for m in _missing_required(part, value, where)]
    if value is None:
        return []
    missing: list[str] = []
    if schema.get("type") == "object" or "properties" in schema:
        assert isinstance(value, dict), f"{where} is {type(value).__name__}, not an object"
        props = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value or (
                value[name] is None and not resolve(props[name]).get("nullable")
            ):
                missing.append(f"{where}.{name}")
        for name, sub in props.items():
            if name in value:
                missing += _missing_required(sub, value[name], f"{where}.{name}")
    elif schema.get("type") == "array":
        assert isinstance(value, list), f"{where} is {type(value).__name__}, not an array"
        for i, item in enumerate(value):
            missing += _missing_required(schema["items"], item, f"{where}[{i}]")
    return missing


def _normalized(value: Any) -> Any:
    """``value`` with date-time strings as datetimes (the models re-serialise ``Z`` as
    ``+00:00``), so a round trip compares equal when no information was lost."""
    if isinstance(value, dict):
        return {k: _normalized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalized(v) for v in value]
    if isinstance(value, str) and _DATE_TIME.match(value):
        return datetime.fromisoformat(value)
    return value


def test_every_operation_has_a_generated_module() -> None:
    assert len(OPERATIONS) == sum(
        1 for item in load_spec()["paths"].values() for m in item if m != "parameters"
    )
    for op in OPERATIONS:
        importlib.import_module(op.module_name)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_operation_through_session(determined_session: Any, op: Operation) -> None:
    module = importlib.import_module(op.module_name)
    result = determined_session.call(module, **_kwargs(op, module))
    example, has_content = success_example(op)
    if not has_content:
        assert result is None
        return
    schema = op.success()["content"]["application/json"]["schema"]
    model_name = resolve(schema).get("title") or schema["$ref"].rsplit("/", 1)[-1]
    assert type(result).__name__ == model_name
    as_dict = result.to_dict()
    assert _missing_required(schema, as_dict, op.operation_id) == []
    # Prism (static mode) answers with the spec's example: parsing must lose nothing of it.
    assert _normalized(as_dict) == _normalized(example)
    for field in resolve(schema).get("required", []):
        assert getattr(result, snake(field)) is not UNSET


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
async def test_operation_through_async_session(
    determined_async_session: Any, op: Operation
) -> None:
    module = importlib.import_module(op.module_name)
    result = await determined_async_session.call(module, **_kwargs(op, module))
    _, has_content = success_example(op)
    assert (result is None) is (not has_content)
