"""Fixtures of the contract suite. The Prism mock itself comes from the package's pytest plugin
(``determined_mock_url``, session-scoped: one Prism per pytest process)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from determined_client.testing import PrismMock

from ._support import DYNAMIC_MAX_EXAMPLES, DYNAMIC_SEEDS, build_schema


def _restore_nodeid_setter() -> None:
    """schemathesis 4.32.5's ``from_fixture`` renames subtests through ``Item._nodeid``, which
    pytest 9.2 replaced by ``Item._id`` (a ``NodeId``). Map the old attribute onto the new one
    until schemathesis catches up; without it every lazy-schema test dies with AttributeError."""
    if hasattr(pytest.Function, "_nodeid"):
        return
    from _pytest.nodeid import coerce_node_id

    def _get(self: pytest.Function) -> str:
        return self.nodeid

    def _set(self: pytest.Function, value: str) -> None:
        self._id = coerce_node_id(value)

    pytest.Function._nodeid = property(_get, _set)  # type: ignore[attr-defined]


_restore_nodeid_setter()


@pytest.fixture(scope="session")
def contract_schema(determined_mock_url: str) -> Any:
    """openapi.yaml for schemathesis, pointed at the session's Prism mock (static examples)."""
    return build_schema(determined_mock_url)


@pytest.fixture(scope="session", params=DYNAMIC_SEEDS, ids=[f"seed{s}" for s in DYNAMIC_SEEDS])
def dynamic_mock_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A Prism in dynamic mode: answers are generated from the response *schemas*
    (json-schema-faker, seeded so runs repeat) instead of the spec's examples. One per seed;
    `make test-deep` adds seeds, each a fresh Prism."""
    with PrismMock(dynamic=True, seed=request.param, reuse=False) as mock:
        yield mock.url


@pytest.fixture(scope="session")
def dynamic_contract_schema(dynamic_mock_url: str) -> Any:
    """openapi.yaml for schemathesis against a dynamic Prism: one valid request (a request
    example, or generated) and ``DYNAMIC_MAX_EXAMPLES`` fuzzed cases per operation, no coverage
    phase (the static run covers the request side)."""
    return build_schema(
        dynamic_mock_url,
        max_examples=DYNAMIC_MAX_EXAMPLES,
        fill_missing_examples=True,
        coverage=False,
    )
