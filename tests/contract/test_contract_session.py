"""Every operation in openapi.yaml, called through the session layer against Prism (call, or
stream for streaming operations), returns its parsed model with every required field
present and nothing of the example lost; text and archive answers come back as they are.
Operations are read from the spec, so a new operation is covered (or fails loudly for lack
of a generated module) automatically."""

from __future__ import annotations

import importlib
import inspect
import re
from datetime import date, datetime
from typing import Any

import pytest

from contract.passes._example_values import ExampleValues

from ._support import Operation, load_spec, operations, resolve, snake

OPERATIONS = list(operations())
_DATE_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")

# Values for path parameters, by type; the mock serves its example whatever the value.
_PATH_VALUES = {"integer": 42, "string": "2d6f9b3a-81c4-4e0a-b7f5-93a1c6e2d840"}


def _query_value(schema: Any) -> Any:
    """A value of a required query parameter, as the generated function takes it."""
    schema = resolve(schema)
    value = ExampleValues(load_spec()).example(schema)
    if schema.get("format") == "date-time":
        return datetime.fromisoformat(value)
    if schema.get("format") == "date":
        return date.fromisoformat(value)
    return value


def _kwargs(op: Operation, module: Any) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    for param in op.spec.get("parameters", []):
        param = resolve(param)
        if param["in"] == "path":
            kwargs[snake(param["name"])] = _PATH_VALUES[resolve(param["schema"])["type"]]
        elif param.get("required"):
            kwargs[snake(param["name"])] = _query_value(param["schema"])
    request_body = op.spec.get("requestBody")
    if request_body is not None:
        example = request_body["content"]["application/json"]["example"]
        body_type = inspect.signature(module.request).parameters["body"].annotation
        kwargs["body"] = example if body_type is str else body_type.from_dict(example)
    return kwargs


def _media(op: Operation) -> str:
    return next(iter(op.success()["content"]))


async def _answer(session: Any, op: Operation, module: Any) -> Any:
    """What the session returns: the model, the text or file, or a stream's items."""
    kwargs = _kwargs(op, module)
    if "x-determined-stream" in op.spec:
        if inspect.iscoroutinefunction(session.call):
            return [item async for item in session.stream(module, **kwargs)]
        return list(session.stream(module, **kwargs))
    answer = session.call(module, **kwargs)
    return await answer if inspect.isawaitable(answer) else answer


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


def _check(op: Operation, result: Any) -> None:
    """The answer is the operation's model (or text, file, stream items) and loses nothing
    of the contract's example, which is what Prism (static mode) answers."""
    media = _media(op)
    example = op.success()["content"][media]["example"]
    if media == "text/plain" or media == "text/csv":
        assert result == example
        return
    if media != "application/json":  # an archive download: bytes, as the example's text
        assert result.payload.read() == example.encode()
        return
    schema = op.success()["content"][media]["schema"]
    if "x-determined-stream" in op.spec:  # one line: {"result": ...}
        (item,) = result
        schema = resolve(schema)["properties"]["result"]
        result, example = item, example["result"]
    assert type(result).__name__ == schema["$ref"].rsplit("/", 1)[-1]
    as_dict = result.to_dict()
    assert _missing_required(schema, as_dict, op.operation_id) == []
    assert _normalized(as_dict) == _normalized(example)  # parsing must lose nothing


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
async def test_operation_through_session(determined_session: Any, op: Operation) -> None:
    module = importlib.import_module(op.module_name)
    _check(op, await _answer(determined_session, op, module))


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
async def test_operation_through_async_session(
    determined_async_session: Any, op: Operation
) -> None:
    module = importlib.import_module(op.module_name)
    _check(op, await _answer(determined_async_session, op, module))
