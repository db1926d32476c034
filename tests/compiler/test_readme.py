"""README's contract section says what the compiler and the contract are: its pass table
lists PASSES in order, and its coverage table counts openapi.yaml's operations per tag."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from contract.passes import PASSES

from ..spec import _spec

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()


def section() -> str:
    return README[README.index("## The contract: compiled") : README.index("## Versioning")]


def test_pass_table_lists_every_pass_in_order() -> None:
    named = []
    for row in re.findall(r"^\| (`.+?`) \|", section(), re.M):
        named += re.findall(r"`(\w+)`", row)
    assert named == [p.__name__ for p in PASSES]


def test_coverage_table_counts_every_operation_per_first_tag() -> None:
    doc = _spec.load()
    ops = [op for item in doc["paths"].values() for op in item.values()]
    by_tag = Counter(op["tags"][0] for op in ops)
    streams = Counter(op["tags"][0] for op in ops if "x-determined-stream" in op)
    rows = re.findall(
        r"^\| (\w+) \| `determined_api\.api\.(\w+)` \| (\d+) \| (\d+) \|$", section(), re.M
    )
    assert {tag: (int(n), int(s)) for tag, _, n, s in rows} == {
        tag: (n, streams[tag]) for tag, n in by_tag.items()
    }
    assert f"{len(ops)} in all" in section()
