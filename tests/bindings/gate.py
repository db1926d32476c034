"""The bindings gate: compare the official SDK's bindings with our contract.

``compare`` lists every difference between the two ``Api`` pictures as one line of text each,
in our names; ``judge`` splits them into allowed ones (``allowed_differences.yaml``: each
with its reason) and disagreements, and fails on any allowed difference that no longer
occurs, so the allowed list can only describe what is true today.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .api_model import Api, Field, Operation, Schema

ALLOWED_FILE = Path(__file__).with_name("allowed_differences.yaml")


# --- comparing ----------------------------------------------------------------------------


def _query_kind(kind: str, api: Api) -> str:
    """A query parameter's kind as it is on the URL: an enum by its members (the value sent
    is a member; which named enum declares them is no part of the URL), and a double as
    ``number`` (the non-finite strings are proto3 *JSON*; a query carries plain text)."""
    if kind == "finite-number":
        return "number"
    for wrapper in ("array<{}>", "{}"):
        prefix, suffix = wrapper.split("{}")
        name = kind.removeprefix(prefix + "ref:").removesuffix(suffix)
        if kind == f"{prefix}ref:{name}{suffix}":
            schema = api.schemas.get(name)
            if schema is not None and schema.members is not None:
                return wrapper.format("enum{" + ",".join(schema.members) + "}")
    return kind


def _operation_differences(
    where: str, theirs: Operation, ours: Operation, their_api: Api, our_api: Api
) -> list[str]:
    found = []
    if theirs.path != ours.path:
        found.append(f"{where}: path variable kinds: bindings {theirs.path}, ours {ours.path}")
    for name in sorted(theirs.query.keys() - ours.query.keys()):
        found.append(f"{where}: query {name}: only in bindings")
    for name in sorted(ours.query.keys() - theirs.query.keys()):
        found.append(f"{where}: query {name}: only in ours")
    for name in sorted(theirs.query.keys() & ours.query.keys()):
        mine, yours = ours.query[name], theirs.query[name]
        if yours.required != mine.required:
            found.append(
                f"{where}: query {name}: required in bindings {yours.required}, "
                f"in ours {mine.required}"
            )
        their_kind, our_kind = _query_kind(yours.kind, their_api), _query_kind(mine.kind, our_api)
        if their_kind != our_kind:
            found.append(f"{where}: query {name}: kind: bindings {their_kind}, ours {our_kind}")
    if theirs.body != ours.body:
        found.append(f"{where}: request body: bindings {theirs.body}, ours {ours.body}")
    if theirs.response != ours.response:
        found.append(f"{where}: response: bindings {theirs.response}, ours {ours.response}")
    return found


def _field_differences(where: str, theirs: Field, ours: Field) -> list[str]:
    found = []
    if theirs.required != ours.required:
        found.append(f"{where}: required in bindings {theirs.required}, in ours {ours.required}")
    if theirs.kind != ours.kind:
        found.append(f"{where}: kind: bindings {theirs.kind}, ours {ours.kind}")
    # The bindings read a required field as never null (no None check in from_json) and
    # make no claim about an optional one (every optional value is read as "maybe None").
    if theirs.nullable is False and ours.nullable:
        found.append(f"{where}: nullable in ours, never null in bindings")
    return found


def _schema_differences(name: str, theirs: Schema, ours: Schema) -> dict[str, list[str]]:
    """Differences per field (``Schema.field``); the enum's or kind's under ``Schema``."""
    where = f"schema {name}"
    if theirs.is_enum != ours.is_enum:
        what = {True: "an enum", False: "a message"}
        return {
            name: [f"{where}: {what[theirs.is_enum]} in bindings, {what[ours.is_enum]} in ours"]
        }
    if theirs.members is not None and ours.members is not None:
        found = [
            f"{where}: enum member {m}: only in bindings"
            for m in theirs.members
            if m not in ours.members
        ]
        found += [
            f"{where}: enum member {m}: only in ours"
            for m in ours.members
            if m not in theirs.members
        ]
        return {name: found}
    by_field: dict[str, list[str]] = {}
    for field in sorted(theirs.fields.keys() | ours.fields.keys()):
        key = f"{name}.{field}"
        at = f"field {key}"
        if field not in ours.fields:
            by_field[key] = [f"{at}: only in bindings"]
        elif field not in theirs.fields:
            by_field[key] = [f"{at}: only in ours"]
        else:
            by_field[key] = _field_differences(at, theirs.fields[field], ours.fields[field])
    return by_field


@dataclass
class Comparison:
    """Everything ``compare`` found, grouped so the gate can count what agrees."""

    #: (METHOD, path shape) of every operation in the bindings -> its differences
    operations: dict[str, list[str]]
    #: ``Schema.field`` of every field on either side -> its differences
    fields: dict[str, list[str]]
    #: differences of whole schemas (only on one side, enum vs message, enum members)
    #: and of operations only we declare
    other: list[str]

    def all(self) -> list[str]:
        """Every difference once, in a stable order."""
        found = [d for ds in self.operations.values() for d in ds]
        found += [d for ds in self.fields.values() for d in ds]
        return list(dict.fromkeys(found + self.other))


def compare(theirs: Api, ours: Api) -> Comparison:
    """Every difference between the bindings (``theirs``) and our contract (``ours``)."""
    operations: dict[str, list[str]] = {}
    for method, path in sorted(theirs.operations):
        where = f"operation {method} {path}"
        if (method, path) not in ours.operations:
            operations[where] = [f"{where}: only in bindings"]
        else:
            operations[where] = _operation_differences(
                where, theirs.operations[method, path], ours.operations[method, path], theirs, ours
            )
    other = [
        f"operation {m} {p}: only in ours"
        for m, p in sorted(ours.operations.keys() - theirs.operations.keys())
    ]
    fields: dict[str, list[str]] = {}
    for name in sorted(theirs.schemas.keys() | ours.schemas.keys()):
        if name not in ours.schemas or name not in theirs.schemas:
            side, only = (
                (theirs.schemas[name], "bindings")
                if name not in ours.schemas
                else (ours.schemas[name], "ours")
            )
            # Its fields count, each with the schema's difference: they agree when it is
            # allowed (ApiError's fields for runtimeError's), and fail with it otherwise.
            difference = f"schema {name}: only in {only}"
            for field in side.fields:
                fields[f"{name}.{field}"] = [difference]
            if not side.fields:
                other.append(difference)
        else:
            both = _schema_differences(name, theirs.schemas[name], ours.schemas[name])
            for key, found in both.items():
                if key == name:
                    other.extend(found)
                else:
                    fields[key] = found
    return Comparison(operations=operations, fields=fields, other=other)


# --- judging ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Allowed:
    """One group of allowed differences and the reason they are right."""

    reason: str
    differences: tuple[str, ...]


def load_allowed(path: Path = ALLOWED_FILE) -> list[Allowed]:
    """The allowed differences file: a list of ``{reason, differences: [...]}``."""
    raw: Any = yaml.safe_load(path.read_text())
    groups = []
    for entry in raw:
        reason = str(entry["reason"]).strip()
        if not reason:
            raise ValueError(f"{path}: an entry without a reason")
        groups.append(Allowed(reason=reason, differences=tuple(entry["differences"])))
    listed = [d for g in groups for d in g.differences]
    repeated = sorted({d for d in listed if listed.count(d) > 1})
    if repeated:
        raise ValueError(f"{path}: listed more than once: {repeated}")
    return groups


@dataclass
class Verdict:
    operations_agree: int
    operations_total: int
    fields_agree: int
    fields_total: int
    allowed_used: int
    #: differences nobody allowed
    disagreements: list[str]
    #: allowed differences that did not occur
    stale: list[str]

    @property
    def ok(self) -> bool:
        return not self.disagreements and not self.stale

    def summary(self) -> str:
        return (
            f"bindings gate: {self.operations_agree}/{self.operations_total} operations, "
            f"{self.fields_agree}/{self.fields_total} fields agree, "
            f"{self.allowed_used} allowed differences"
        )

    def report(self) -> str:
        lines = [self.summary()]
        if self.disagreements:
            lines.append(
                f"{len(self.disagreements)} disagreements (not in allowed_differences.yaml):"
            )
            lines += [f"  {d}" for d in self.disagreements]
        if self.stale:
            lines.append(
                f"{len(self.stale)} allowed differences that no longer occur (remove them):"
            )
            lines += [f"  {d}" for d in self.stale]
        return "\n".join(lines)


def judge(comparison: Comparison, allowed: list[Allowed]) -> Verdict:
    permitted = {d for group in allowed for d in group.differences}
    found = comparison.all()
    occurring = set(found)

    def agrees(differences: list[str]) -> bool:
        return all(d in permitted for d in differences)

    return Verdict(
        operations_agree=sum(agrees(ds) for ds in comparison.operations.values()),
        operations_total=len(comparison.operations),
        fields_agree=sum(agrees(ds) for ds in comparison.fields.values()),
        fields_total=len(comparison.fields),
        allowed_used=len(occurring & permitted),
        disagreements=[d for d in found if d not in permitted],
        stale=sorted(permitted - occurring),
    )
