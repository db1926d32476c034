"""Examples (placeholder while the build is brought up)."""

from __future__ import annotations

from typing import Any

from ..facts import Facts


def examples(doc: dict[str, Any], facts: Facts) -> None:
    """Realistic examples on every 200 (hand-written where users call most)."""
