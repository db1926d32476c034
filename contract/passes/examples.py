"""Examples: what the Prism mock answers, so they are what users of the mock see.

Hand-written examples live in ``contract/examples/<tag>.yaml`` (the operation's first tag,
lower case), one entry per operationId::

    getExperiment:
      response: {...}   # the 200 example (every media type of the 200)
      request: {...}    # optional: the request body example

Things several answers share (user ``determined``, experiment 42, its best checkpoint) are
written once in ``_entities.yaml``; ``{$entity: name}`` anywhere stands for a copy of it, and
other keys beside ``$entity`` replace fields of that copy. Every other answer and request
body gets an example built by the value rules of ``_example_values``.

Prism serves the example whatever the parameters, so every list answer is one page that says
it is the last (``endIndex == total``): ``Session.paginate`` ends against the mock.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from ..facts import Facts
from ._doc import operations
from ._example_values import ExampleValues

EXAMPLES_DIR = Path(__file__).resolve().parents[1] / "examples"
ENTITIES_FILE = "_entities.yaml"
ENTITY_KEY = "$entity"
_ENTRY_KEYS = {"response", "request"}


def tag_file(tag: str) -> str:
    """The file that holds the hand-written examples of operations whose first tag is ``tag``."""
    return f"{tag.lower().replace(' ', '-')}.yaml"


def _read(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text()) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top")
    return data


def _resolve(node: Any, entities: dict[str, Any], trail: tuple[str, ...] = ()) -> Any:
    """``node`` with every ``{$entity: name, **overrides}`` replaced by the entity."""
    if isinstance(node, list):
        return [_resolve(item, entities, trail) for item in node]
    if not isinstance(node, dict):
        return node
    if ENTITY_KEY in node:
        name = node[ENTITY_KEY]
        if name not in entities:
            raise ValueError(f"unknown example entity {name!r} (see {ENTITIES_FILE})")
        if name in trail:
            raise ValueError(f"example entity {name!r} contains itself: {' -> '.join(trail)}")
        base = _resolve(copy.deepcopy(entities[name]), entities, (*trail, name))
        if not isinstance(base, dict) and len(node) > 1:
            raise ValueError(f"entity {name!r} is not an object: it takes no overrides")
        overrides = {k: _resolve(v, entities, trail) for k, v in node.items() if k != ENTITY_KEY}
        return {**base, **overrides} if overrides else base
    return {key: _resolve(value, entities, trail) for key, value in node.items()}


def load_examples(directory: Path = EXAMPLES_DIR) -> dict[str, dict[str, Any]]:
    """operationId -> ``{"response": ..., "request": ...}`` from every ``<tag>.yaml``, with
    entities resolved, plus ``"file"``: the file it came from. Raises ValueError for an
    operation written twice, an unknown key or entity."""
    entities = _read(directory / ENTITIES_FILE)
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(directory.glob("*.yaml")):
        if path.name == ENTITIES_FILE:
            continue
        for op_id, entry in _read(path).items():
            if op_id in found:
                first = found[op_id]["file"]
                raise ValueError(f"{op_id}: examples in both {first} and {path.name}")
            if not isinstance(entry, dict) or not entry or set(entry) - _ENTRY_KEYS:
                raise ValueError(f"{path.name}: {op_id} takes only {sorted(_ENTRY_KEYS)}")
            found[op_id] = {**_resolve(entry, entities), "file": path.name}
    return found


def examples(doc: dict[str, Any], facts: Facts) -> None:
    """Every 200 answer and every request body carries an example: the hand-written one
    where there is one (``contract/examples/``), else one built by the value rules. (Request
    examples show callers, and tests that call every operation, a body the schema takes.)
    An example for an operation the contract does not have fails the build: it was renamed
    or removed."""
    apply_examples(doc, load_examples())


def apply_examples(doc: dict[str, Any], written: dict[str, dict[str, Any]]) -> None:
    """The pass on ``doc`` with the hand-written examples ``written`` (``load_examples``)."""
    known = {op["operationId"] for _, _, op in operations(doc)}
    unknown = sorted(set(written) - known)
    if unknown:
        raise ValueError(f"contract/examples/ has examples for unknown operations: {unknown}")
    rules = ExampleValues(doc)
    for _, _, op in operations(doc):
        entry = written.get(op["operationId"], {})
        answers = op["responses"].get("200", {}).get("content", {})
        _set_examples(answers, entry.get("response"), "response" in entry, rules)
        body = op.get("requestBody", {}).get("content", {})
        if "request" in entry and not body:
            raise ValueError(f"{op['operationId']}: a request example, but no request body")
        _set_examples(body, entry.get("request"), "request" in entry, rules)


def _set_examples(
    content: dict[str, Any], written: Any, is_written: bool, rules: ExampleValues
) -> None:
    for media in content.values():
        if is_written:
            media["example"] = copy.deepcopy(written)
        else:
            media["example"] = rules.example(media.get("schema", {}))
