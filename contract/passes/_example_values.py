"""Example values made from a schema by rules on field names and formats.

Used for the operations nobody wrote an example for (``contract/examples/`` holds the
hand-written ones). The rules aim at answers a reader would believe: ids are small positive
ints, ``uuid`` fields are uuids, names and descriptions are words, times are RFC 3339,
enums are a real member (never ``..._UNSPECIFIED``), int64 travel as digit strings, doubles
are plausible floats, arrays have 1-2 items and maps one entry with a plausible key.
Everything is a pure function of the schema and the field names: no randomness, so the
contract compiles to the same text every time.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import re
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from ._doc import ref_name
from ._example_words import (
    CHECKPOINT_UUID,
    DEFAULT_MAP_KEY,
    DEFAULT_OBJECT,
    ENUM_EVERYDAY,
    ENUM_PREFERRED,
    FLOATS,
    IDS,
    INTEGERS,
    MAP_KEYS,
    NAMES_BY_OWNER,
    OBJECTS,
    STRING_LISTS,
    STRINGS,
    TRUE_FIELDS,
)

Schema = dict[str, Any]

#: Nested objects deeper than this get only their required fields (and empty arrays).
MAX_DEPTH = 6
#: A schema that still recurses this deep cannot be given a finite example.
HARD_DEPTH = 40
NULL_VALUE = "NullValue"
_BASE_TIME = datetime(2026, 11, 25, 16, 20, 3, tzinfo=UTC)
_UUID_NAMESPACE = uuid.UUID("8d0f6c1e-3b7a-4e55-9c2d-41a6f0e2b9d7")


@dataclass(frozen=True)
class Where:
    """Where a value goes: its field name, the schema holding it, its index in an array."""

    field: str | None = None
    owner: str | None = None
    index: int = 0
    depth: int = 0
    #: component names on the way here (cycle guard)
    seen: frozenset[str] = frozenset()
    #: past MAX_DEPTH or inside a cycle: only what is required
    minimal: bool = False


def _stable(text: str, modulo: int) -> int:
    """A small number that depends only on ``text`` (Python's hash() is salted)."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "big") % modulo


def _words(name: str) -> str:
    """``resourcePool`` -> ``resource-pool``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).replace("_", "-").lower()


def _entity(field: str) -> str:
    """``experimentId`` -> ``experiment``; ``trialIds`` -> ``trial``."""
    return re.sub(r"(Id|Ids|Uuid|Uuids|Name|Names)$", "", field)


class ExampleValues:
    """Builds one example value for a schema of ``doc`` (an OpenAPI 3.0 document)."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self._schemas: dict[str, Schema] = doc.get("components", {}).get("schemas", {})

    def example(self, schema: Schema) -> Any:
        """The example for ``schema``: a response or request body schema, usually a $ref."""
        return self.value(schema, Where())

    def value(self, schema: Schema, where: Where) -> Any:
        if where.depth > HARD_DEPTH:
            raise ValueError(f"no finite example: {sorted(where.seen)} nest without end")
        name = ref_name(schema)
        if name is not None:
            if name in where.seen:
                where = replace(where, minimal=True)
            where = replace(where, seen=where.seen | {name})
            target = self._schemas[name]
            if _is_empty_message(target):
                return {}  # logout, archive, kill...: the master answers ``{}``
            owner = where.owner if name == NULL_VALUE else name
            return self.value(target, replace(where, owner=owner))
        if where.minimal and schema.get("nullable") and "anyOf" not in schema:
            return None
        if "anyOf" in schema or "oneOf" in schema:
            return self._alternative(schema, where)
        if "enum" in schema:
            return self._enum(schema["enum"], where)
        kind = schema.get("type")
        if kind == "object" or "properties" in schema or "additionalProperties" in schema:
            return self._object(schema, where)
        if kind == "array":
            return self._array(schema, where)
        if kind == "string":
            return self._string(schema, where)
        if kind == "integer":
            return self._integer(schema, where)
        if kind == "number":
            return self._number(where)
        if kind == "boolean":
            return self._boolean(where)
        return self._free_object(where)

    # -- composite ---------------------------------------------------------------------------

    def _alternative(self, schema: Schema, where: Where) -> Any:
        """A nullable reference (``anyOf: [X, NullValue]``) or a number that may be NaN: the
        first alternative that is not null; null only where a minimal value is wanted."""
        options: list[Schema] = schema.get("anyOf") or schema.get("oneOf") or []
        if where.minimal and schema.get("nullable"):
            return None
        real = [o for o in options if ref_name(o) != NULL_VALUE]
        return self.value(real[0] if real else options[0], where)

    def _object(self, schema: Schema, where: Where) -> dict[str, Any]:
        properties: dict[str, Schema] = schema.get("properties", {})
        if not properties and not isinstance(schema.get("additionalProperties"), dict):
            return self._free_object(where)
        required = set(schema.get("required", []))
        minimal = where.minimal or where.depth >= MAX_DEPTH
        names = [n for n in properties if n in required or not minimal]
        names.sort(key=lambda n: n not in required)  # required first, then document order
        if "maxProperties" in schema:
            names = names[: schema["maxProperties"]]
        out: dict[str, Any] = {}
        for field in names:
            inner = Where(field, where.owner, 0, where.depth + 1, where.seen, minimal)
            out[field] = self.value(properties[field], inner)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and not properties:
            key = MAP_KEYS.get(where.field or "", DEFAULT_MAP_KEY)
            inner = Where(where.field, where.owner, 0, where.depth + 1, where.seen, minimal)
            out[key] = self.value(extra, inner)
        self._coherent_pagination(out)
        return {n: out[n] for n in properties if n in out} | {
            k: v for k, v in out.items() if k not in properties
        }

    def _coherent_pagination(self, out: dict[str, Any]) -> None:
        """A page's ``pagination`` counts the page's items, so that a client paging with
        ``offset = endIndex`` stops after this one page."""
        if not isinstance(out.get("pagination"), dict):
            return
        lists = [v for k, v in out.items() if isinstance(v, list)]
        count = len(lists[0]) if len(lists) == 1 else 1
        page = {"offset": 0, "limit": 100, "startIndex": 0, "endIndex": count, "total": count}
        out["pagination"] = {k: v for k, v in page.items() if k in out["pagination"]}

    def _array(self, schema: Schema, where: Where) -> list[Any]:
        if where.minimal:
            return []
        items: Schema = schema.get("items", {})
        target = self._schemas.get(ref_name(items) or "", items)
        scalar = target.get("type") not in ("object", "array") and "anyOf" not in target
        count = 2 if scalar else 1
        values = [self.value(items, replace(where, index=i)) for i in range(count)]
        if count == 2 and values[0] == values[1]:
            values.pop()
        return values

    def _free_object(self, where: Where) -> dict[str, Any]:
        found: dict[str, Any] = copy.deepcopy(OBJECTS.get(where.field or "", DEFAULT_OBJECT))
        return found

    # -- scalars -----------------------------------------------------------------------------

    def _enum(self, members: list[Any], where: Where) -> Any:
        if where.owner in ENUM_EVERYDAY and where.index == 0:
            return ENUM_EVERYDAY[where.owner]
        real = [m for m in members if m is not None and not str(m).endswith("UNSPECIFIED")]
        if not real:
            return members[0]
        preferred = [m for m in real if str(m).endswith(ENUM_PREFERRED)]
        real = preferred[:1] + [m for m in real if m not in preferred[:1]]
        return real[where.index % len(real)]

    def _string(self, schema: Schema, where: Where) -> str:
        field = where.field or ""
        fmt = schema.get("format")
        if fmt == "date-time" or (fmt is None and re.search(r"(Time|At)$", field)):
            return self._time(field)
        if fmt == "date":
            return self._time(field)[:10]
        if fmt == "byte":
            return base64.b64encode(b"determined").decode()
        if fmt in ("int64", "uint64") or schema.get("pattern") in ("^-?[0-9]+$", "^[0-9]+$"):
            return str(self._int64(where))
        if field in ("uuid",) or field.endswith(("Uuid", "Uuids")):
            return self._uuid(where)
        if field in STRING_LISTS:
            return STRING_LISTS[field][where.index % len(STRING_LISTS[field])]
        if field in STRINGS:
            text = STRINGS[field]
        elif field == "name" or field.endswith("Name"):
            owner = where.owner or ""
            if field == "name":
                text = NAMES_BY_OWNER.get(owner) or f"{_words(owner) or 'determined'}-1"
            else:
                text = f"{_words(_entity(field))}-1"
        elif field == "id" or field.endswith(("Id", "Ids")):
            return self._uuid(where)
        elif field.endswith(("Url", "Uri", "Address")):
            return f"https://det.example.com/{_words(field)}"
        else:
            text = f"{_words(field) or 'value'}-{1 + where.index}"
        if where.index and field in STRINGS:
            text = f"{text}-{1 + where.index}"
        return text

    def _time(self, field: str) -> str:
        later = re.search(r"(end|End|expir|Expir|last|Last|updated|Updated|modified|report)", field)
        moment = _BASE_TIME + timedelta(minutes=45 if later else 0, seconds=_stable(field, 50))
        return moment.isoformat().replace("+00:00", "Z")

    def _uuid(self, where: Where) -> str:
        owner, field = where.owner or "", where.field or ""
        about_checkpoint = "Checkpoint" in owner or "checkpoint" in field.lower()
        if about_checkpoint and field in ("uuid", "checkpointUuid", "uuids") and not where.index:
            return CHECKPOINT_UUID
        seed = f"{where.owner}.{where.field}.{where.index}"
        return str(uuid.uuid5(_UUID_NAMESPACE, seed))

    def _int64(self, where: Where) -> int:
        field = where.field or ""
        if re.search(r"(?i)size|bytes|memory", field):
            return 157286400
        if field.endswith(("Id", "Ids")) or field == "id":
            return self._id(where)
        return 1200 + 100 * where.index

    def _id(self, where: Where) -> int:
        field = where.field or ""
        base = IDS.get(_entity(field))
        if base is None and field == "id":
            base = IDS.get(_lower_first(where.owner or ""))
        if base is None:
            base = 1 + _stable(f"{where.owner}.{field}", 20)
        return base + where.index

    def _integer(self, schema: Schema, where: Where) -> int:
        field = where.field or ""
        if field in INTEGERS:
            number = INTEGERS[field] + where.index
        elif field == "id" or field.endswith(("Id", "Ids")):
            number = self._id(where)
        elif re.search(r"(?i)size|bytes", field):
            number = 4096
        elif re.search(r"(?i)count|^num|total|slots|agents|capacity|running|members", field):
            number = 2 + _stable(field, 7) + where.index
        else:
            number = 1 + _stable(f"{where.owner}.{field}", 16) + where.index
        low, high = schema.get("minimum"), schema.get("maximum")
        if isinstance(low, int | float) and number < low:
            number = int(low)
        if isinstance(high, int | float) and number > high:
            number = int(high)
        return number

    def _number(self, where: Where) -> float:
        field = where.field or ""
        for word, number in FLOATS:
            if word in field:
                return number
        return round(0.05 + _stable(f"{where.owner}.{field}", 90) / 100, 4)

    def _boolean(self, where: Where) -> bool:
        field = where.field or ""
        return field in TRUE_FIELDS or field.endswith("Enabled") or field.startswith("is")


def _is_empty_message(schema: Schema) -> bool:
    """A named object with no fields (a message without fields), unlike an inline free-form
    object (``google.protobuf.Struct``: config, metadata), which gets plausible keys."""
    free = ("properties", "additionalProperties", "enum", "anyOf", "oneOf", "allOf")
    return schema.get("type") == "object" and not any(schema.get(key) for key in free)


def _lower_first(name: str) -> str:
    return name[:1].lower() + name[1:]
