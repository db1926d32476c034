"""Answers as the master sends them: streams, ``{}`` answers, and the master's error body."""

from __future__ import annotations

import re
from typing import Any

from ..facts import Facts
from ._doc import json_media, operations, ref, ref_name, schemas, upper_camel

#: Our extension on an operation whose 200 answer is newline-delimited JSON, one line schema
#: (``{"result": ...}`` or ``{"error": ...}``) per line; its value names the line schema.
STREAM_EXTENSION = "x-determined-stream"
STREAM_ERROR = "runtimeStreamError"
API_ERROR = "ApiError"
API_ERROR_DETAIL = "ApiErrorDetail"
SWAGGER_ERROR = "runtimeError"
#: Operations served without a token.
PUBLIC_OPERATIONS = ("login", "getClusterInfo", "getTelemetry", "health", "getInfo")

ERROR_RESPONSES: dict[str, dict[str, Any]] = {
    "BadRequest": {
        "description": "The request is invalid (gRPC InvalidArgument or OutOfRange).",
        "example": {"error": {"code": 3, "reason": "InvalidArgument", "error": "invalid request"}},
    },
    "Unauthorized": {
        "description": "The token is missing, expired or invalid.",
        "example": {"error": {"code": 16, "reason": "Unauthenticated", "error": "unauthenticated"}},
    },
    "InvalidCredentials": {
        "description": "The username or password is wrong.",
        "example": {
            "error": {"code": 16, "reason": "Unauthenticated", "error": "invalid credentials"}
        },
    },
    "Forbidden": {
        "description": "The user may not do this, or is not active.",
        "example": {"error": {"code": 7, "reason": "PermissionDenied", "error": "access denied"}},
    },
    "NotFound": {
        "description": "The thing the path names does not exist.",
        "example": {"error": {"code": 5, "reason": "NotFound", "error": "not found"}},
    },
    "UnexpectedError": {
        "description": "Any other error: 409, 412, 429, 500, 501, 503, 504.",
        "example": {"error": {"code": 13, "reason": "Internal", "error": "internal error"}},
    },
}


def _stream_result(op: dict[str, Any]) -> dict[str, Any] | None:
    """The ``result`` schema of a grpc-gateway stream answer, if ``op`` streams."""
    schema = op["responses"].get("200", {}).get("content", {}).get("application/json", {})
    props = schema.get("schema", {}).get("properties", {})
    if ref_name(props.get("error")) == STREAM_ERROR and "result" in props:
        result: dict[str, Any] = props["result"]
        return result
    return None


def stream_line_name(operation_id: str) -> str:
    return f"{upper_camel(operation_id)}StreamLine"


def streaming_operations(doc: dict[str, Any], facts: Facts) -> None:
    """Stream operations answer NDJSON: give the line a named schema (``<Op>StreamLine``:
    ``result`` or ``error``, never both) and mark the operation with our extension, so the
    client streams it line by line instead of reading one JSON document."""
    for _, _, op in operations(doc):
        result = _stream_result(op)
        if result is None:
            continue
        name = stream_line_name(op["operationId"])
        schemas(doc)[name] = {
            "type": "object",
            "minProperties": 1,
            "maxProperties": 1,
            "properties": {"result": result, "error": ref(STREAM_ERROR)},
        }
        op["responses"]["200"]["content"] = json_media(ref(name))
        op[STREAM_EXTENSION] = name


def empty_answers_are_objects(doc: dict[str, Any], facts: Facts) -> None:
    """Answers with no fields are ``{}`` with ``application/json``, never an empty body:
    every 200 declares a JSON object, so anything else on a 200 is not success."""
    for method, path, op in operations(doc):
        ok = op["responses"].setdefault("200", {"description": ""})
        if "content" not in ok:
            raise ValueError(f"{method.upper()} {path}: a 200 without a body is not the master's")


def _error_schemas() -> dict[str, Any]:
    return {
        API_ERROR: {
            "type": "object",
            "minProperties": 1,
            "properties": {
                "error": {
                    "type": "object",
                    "nullable": True,
                    "anyOf": [ref(API_ERROR_DETAIL), ref("NullValue")],
                },
                "code": {"type": "integer", "format": "int32", "nullable": True},
                "message": {"type": "string", "nullable": True},
                "details": {
                    "type": "array",
                    "nullable": True,
                    "items": {"type": "object", "additionalProperties": True},
                },
            },
        },
        API_ERROR_DETAIL: {
            "type": "object",
            "properties": {
                "code": {"type": "integer", "format": "int32", "nullable": True},
                "reason": {"type": "string", "nullable": True},
                "error": {"type": "string", "nullable": True},
            },
        },
    }


def _error_response(name: str) -> dict[str, Any]:
    spec = ERROR_RESPONSES[name]
    return {
        "description": spec["description"],
        "content": {"application/json": {"schema": ref(API_ERROR), "example": spec["example"]}},
    }


def error_responses(doc: dict[str, Any], facts: Facts) -> None:
    """The master's own error body (``ApiError``) on every operation: 400, 401 (unless the
    operation needs no token), 403, 404 where the path names a thing, and ``default``."""
    schemas(doc).pop(SWAGGER_ERROR, None)
    schemas(doc).update(_error_schemas())
    responses = doc["components"].setdefault("responses", {})
    for name in ERROR_RESPONSES:
        responses[name] = _error_response(name)
    for _, path, op in operations(doc):
        codes = op["responses"]
        public = op["operationId"] in PUBLIC_OPERATIONS
        wanted = {"400": "BadRequest", "403": "Forbidden", "default": "UnexpectedError"}
        if op["operationId"] == "login":
            wanted["401"] = "InvalidCredentials"
        elif not public:
            wanted["401"] = "Unauthorized"
        if re.search(r"\{[^}]+\}", path):
            wanted["404"] = "NotFound"
        for code, name in wanted.items():
            codes[code] = {"$ref": f"#/components/responses/{name}"}
        op["responses"] = dict(sorted(codes.items(), key=lambda kv: (kv[0] == "default", kv[0])))


def bearer_security(doc: dict[str, Any], facts: Facts) -> None:
    """The master takes ``Authorization: Bearer <token>`` (the swagger's apiKey header says
    less); login, cluster info, telemetry, ``/health`` and ``/info`` need no token."""
    doc["components"]["securitySchemes"] = {"bearerAuth": {"type": "http", "scheme": "bearer"}}
    doc["security"] = [{"bearerAuth": []}]
    for _, _, op in operations(doc):
        if op["operationId"] in PUBLIC_OPERATIONS:
            op["security"] = []
        else:
            op.pop("security", None)
