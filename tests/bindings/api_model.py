"""The neutral picture of an API that both sides of the bindings gate are read into.

The official SDK's ``bindings.py`` and our ``openapi.yaml`` say the same things in different
languages; each reader (``read_bindings``, ``read_openapi``) translates its side into these
plain values, and ``gate`` compares them. Everything here is what the bindings *can* say.

Type kinds are short strings, compared for equality:

- ``string``: a JSON string. The bindings annotate plain strings, 64-bit integers (proto3
  JSON writes them as strings of digits) and RFC 3339 date-times all as ``str`` and read them
  with no conversion, so the three kinds cannot be told apart from the bindings text: the gate
  compares this coarser kind.
- ``integer``, ``boolean``.
- ``number``: a proto3 ``double``/``float``. The bindings read it with ``float(...)``, which
  also takes the strings ``"NaN"``, ``"Infinity"`` and ``"-Infinity"``, so our side must
  admit them too (``anyOf: [number, NonFiniteNumber]``). A bare ``type: number`` of ours is
  ``finite-number`` and disagrees.
- ``object``: a free-form JSON object (``typing.Dict[str, typing.Any]``; ``Struct``).
- ``map<K>``: an object whose values are all of kind ``K`` (``typing.Dict[str, int]``).
- ``array<K>``: a JSON array of kind ``K`` items.
- ``ref:Name``: a named schema (a message or an enum), in our names.
- ``empty``: an answer with no fields (the bindings return ``None``; we declare ``{}``).
- ``stream<K>``: newline-delimited JSON, each line ``{"result": K}`` or ``{"error": ...}``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: (METHOD, path shape): the path with every variable blanked (``/api/v1/trials/{}/logs``).
OperationKey = tuple[str, str]


@dataclass(frozen=True)
class Field:
    """One property of a message as it travels in JSON."""

    kind: str
    required: bool
    #: True: may be null; False: never null; None: this side makes no claim.
    nullable: bool | None


@dataclass
class Schema:
    """A named message (``fields``) or enum (``members``)."""

    fields: dict[str, Field] = field(default_factory=dict)
    members: list[str] | None = None

    @property
    def is_enum(self) -> bool:
        return self.members is not None


@dataclass(frozen=True)
class Param:
    """A query parameter: its kind and whether the operation needs it."""

    kind: str
    required: bool


@dataclass
class Operation:
    #: kinds of the path variables, in the order they appear in the path (their names
    #: are ours to choose: ``{experiment.id}`` is ``{experimentId}`` for us)
    path: list[str] = field(default_factory=list)
    #: query parameter (wire name) -> its kind and required flag
    query: dict[str, Param] = field(default_factory=dict)
    #: kind of the JSON request body, or None when the operation sends none
    body: str | None = None
    #: kind of the 200 answer
    response: str | None = None


@dataclass
class Api:
    operations: dict[OperationKey, Operation] = field(default_factory=dict)
    schemas: dict[str, Schema] = field(default_factory=dict)
