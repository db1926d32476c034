"""Paths and request bodies: what the converter leaves that 3.0 tools cannot read."""

from __future__ import annotations

import copy
import re
from typing import Any

from ..facts import Facts
from ._doc import METHODS, operations, upper_camel

_VARIABLE = re.compile(r"\{([^}]+)\}")
_THING_FIELDS = {"id", "uuid", "name"}


def inline_request_bodies(doc: dict[str, Any], facts: Facts) -> None:
    """The converter hoists bodies shared by several operations into
    ``components.requestBodies``; put each back on its operation, where readers and the
    generator expect it (the schema stays a reference to the named message)."""
    shared = doc.get("components", {}).pop("requestBodies", {})
    prefix = "#/components/requestBodies/"
    for _, _, op in operations(doc):
        body = op.get("requestBody")
        if body and body.get("$ref", "").startswith(prefix):
            op["requestBody"] = copy.deepcopy(shared[body["$ref"].removeprefix(prefix)])


def variable_name(path: str, variable: str) -> str:
    """Our name for a path variable: ``experiment.id`` -> ``experimentId``,
    ``metrics.trialId`` -> ``trialId``, and a bare ``id`` after ``/experiments`` ->
    ``experimentId``; other names stay.

    On the wire a path variable is only a URL segment, so any identifier will do. grpc-gateway
    names it after the request field it fills (dotted for a nested field, which generators
    cannot match with a parameter); a bare ``id`` would be ``id=`` in one function and
    ``experiment_id=`` in its neighbour. A trailing id/uuid/name keeps its owner.
    """
    if "." in variable:
        owner, _, field = variable.rpartition(".")
        owner = owner.rsplit(".", 1)[-1]
        return owner + upper_camel(field) if field in _THING_FIELDS else field
    if variable == "id":
        collection = re.search(r"/([a-z]+)s/\{id\}", path)
        if collection is None:
            raise ValueError(f"{path}: no collection names the thing {{id}} stands for")
        return collection.group(1) + "Id"
    return variable


def rename_path_variables(doc: dict[str, Any], facts: Facts) -> None:
    """Path variables get identifiers that say what they name (``variable_name``); paths
    that become the same URL pattern are merged."""
    renamed: dict[str, Any] = {}
    for path, item in doc["paths"].items():
        variables = _VARIABLE.findall(path)
        names = {v: variable_name(path, v) for v in variables}
        if len(set(names.values())) < len(variables):
            raise ValueError(f"{path}: renaming {names} would name two variables alike")
        for old, new in names.items():
            if old == new:
                continue
            path = path.replace("{" + old + "}", "{" + new + "}")
            for method in METHODS:
                for param in item.get(method, {}).get("parameters", []):
                    if param["in"] == "path" and param["name"] == old:
                        param["name"] = new
        renamed[path] = _merge_items(renamed.get(path, {}), item, path)
    doc["paths"] = renamed


def _merge_items(into: dict[str, Any], item: dict[str, Any], path: str) -> dict[str, Any]:
    """One path item with the operations of both; one method twice is an error."""
    for method, op in item.items():
        if method in into:
            raise ValueError(f"{method.upper()} {path} is declared twice")
        into[method] = op
    return {m: into[m] for m in METHODS if m in into}


def path_shape(path: str) -> str:
    """The path with every variable blanked: two paths of one shape are one URL pattern."""
    return _VARIABLE.sub("{}", path)


def merge_same_shape_paths(doc: dict[str, Any], facts: Facts) -> None:
    """Paths that differ only in variable names (``/templates/{templateName}`` and
    ``/templates/{template.name}``) are one route; OpenAPI forbids declaring it twice.
    Merge them under the name most operations use (ties: the longer, more telling name)."""
    by_shape: dict[str, list[str]] = {}
    for path in doc["paths"]:
        by_shape.setdefault(path_shape(path), []).append(path)
    merged: dict[str, Any] = {}
    for paths in by_shape.values():
        if len(paths) == 1:
            merged[paths[0]] = doc["paths"][paths[0]]
            continue

        def weight(p: str) -> tuple[int, int]:
            item = doc["paths"][p]
            return sum(m in item for m in METHODS), len(p)

        target = max(paths, key=weight)
        target_vars = _VARIABLE.findall(target)
        item: dict[str, Any] = {}
        for path in paths:
            rename = dict(zip(_VARIABLE.findall(path), target_vars, strict=True))
            for op in doc["paths"][path].values():
                for param in op.get("parameters", []):
                    if param["in"] == "path":
                        param["name"] = rename[param["name"]]
            item = _merge_items(item, doc["paths"][path], target)
        merged[target] = item
    doc["paths"] = merged
