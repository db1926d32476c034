"""The routes the master serves outside grpc-gateway (``echo-routes.json``)."""

from __future__ import annotations

import copy
from typing import Any

from ..facts import Facts
from ._doc import json_media, ref, schemas
from .responses import PUBLIC_OPERATIONS

_TEXT = {"type": "string"}
_BINARY = {"type": "string", "format": "binary"}


def _query(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": True, "schema": schema}


_DATE_TIME = {"type": "string", "format": "date-time"}
_CSV_WINDOW = [_query("timestamp_after", _DATE_TIME), _query("timestamp_before", _DATE_TIME)]

#: (method, path in echo-routes.json) -> our path, operationId, tag and the operation's body.
#: The master reads these from its own HTTP handlers; the facts give shapes, we give names.
ECHO_OPERATIONS: dict[tuple[str, str], dict[str, Any]] = {
    ("GET", "/health"): {
        "operationId": "health",
        "tags": ["Cluster"],
        "responses": {
            "200": {"description": "", "content": json_media(ref("HealthCheck"))},
            "503": {"description": "", "content": json_media(ref("HealthCheck"))},
        },
    },
    ("GET", "/info"): {
        "operationId": "getInfo",
        "tags": ["Cluster"],
        "responses": {
            "200": {"description": "", "content": json_media(ref("v1GetMasterResponse"))}
        },
    },
    ("GET", "/resources/allocation/raw"): {
        "operationId": "getRawResourceAllocationCsv",
        "tags": ["Cluster"],
        "parameters": _CSV_WINDOW,
        "responses": {"200": {"description": "", "content": {"text/csv": {"schema": _TEXT}}}},
    },
    ("GET", "/resources/allocation/allocations-csv"): {
        "operationId": "getAllocationsCsv",
        "tags": ["Cluster"],
        "parameters": _CSV_WINDOW,
        "responses": {"200": {"description": "", "content": {"text/csv": {"schema": _TEXT}}}},
    },
    ("GET", "/resources/allocation/aggregated"): {
        "operationId": "getAggregatedResourceAllocationCsv",
        "tags": ["Cluster"],
        "parameters": [
            _query("start_date", {"type": "string", "format": "date"}),
            _query("end_date", {"type": "string", "format": "date"}),
            _query("period", ref("AllocationCsvPeriod")),
        ],
        "responses": {"200": {"description": "", "content": {"text/csv": {"schema": _TEXT}}}},
    },
    ("GET", "/checkpoints/{checkpoint_uuid}"): {
        "path": "/checkpoints/{checkpointUuid}",
        "operationId": "downloadCheckpoint",
        "tags": ["Checkpoints"],
        "parameters": [
            {"name": "checkpointUuid", "in": "path", "required": True, "schema": _TEXT},
        ],
        "responses": {
            "200": {
                "description": "",
                "content": {
                    "application/x-tar": {"schema": _BINARY},
                    "application/gzip": {"schema": _BINARY},
                    "application/zip": {"schema": _BINARY},
                },
            }
        },
    },
    ("GET", "/experiments/{experiment_id}/file/download"): {
        "path": "/experiments/{experimentId}/file/download",
        "operationId": "downloadModelDefFile",
        "tags": ["Experiments"],
        "parameters": [
            {
                "name": "experimentId",
                "in": "path",
                "required": True,
                "schema": {"type": "integer", "format": "int32"},
            },
            _query("path", _TEXT),
        ],
        "responses": {"200": {"description": "", "content": {"text/plain": {"schema": _TEXT}}}},
    },
}


#: Schemas the echo routes use that the swagger has no definition for.
ECHO_SCHEMAS = {"AllocationCsvPeriod": {"type": "string", "enum": ["daily", "monthly"]}}


def echo_routes(doc: dict[str, Any], facts: Facts) -> None:
    """Add the routes outside grpc-gateway, ``/info`` first among them: the ``det`` CLI asks
    it before anything else. A route the swagger already declares (``/health``) stays as it
    is. A route the facts list and we do not know, or a public route we would guard, fails
    the build."""
    schemas(doc).update(copy.deepcopy(ECHO_SCHEMAS))
    for route in facts.echo_routes:
        key = (route["method"], route["path"])
        if key not in ECHO_OPERATIONS:
            raise ValueError(f"echo route {key} has no operation in contract/passes/routes.py")
        path = ECHO_OPERATIONS[key].get("path", route["path"])
        item = doc["paths"].setdefault(path, {})
        method = route["method"].lower()
        if method not in item:
            item[method] = copy.deepcopy(
                {k: v for k, v in ECHO_OPERATIONS[key].items() if k != "path"}
            )
        if not route["auth"] and item[method]["operationId"] not in PUBLIC_OPERATIONS:
            raise ValueError(f"{key} needs no token: add its operationId to PUBLIC_OPERATIONS")
