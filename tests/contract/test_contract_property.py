"""Schemathesis property tests over every operation of openapi.yaml against a real Prism.

One pytest test per mock mode; schemathesis reports each operation as a subtest
(``test_conformance[GET /api/v1/me]``). Phases: the spec's examples, the coverage phase
(every parameter's boundaries, enum members, missing/invalid parts: deterministic) and seeded
fuzzing (``MAX_EXAMPLES`` per operation, many more with DETERMINED_DEEP=1).
"""

from __future__ import annotations

import pytest
import schemathesis

from determined_client.testing import PrismMock

from ._support import build_schema, operations, run_property, validate_case

static = schemathesis.pytest.from_fixture("contract_schema")
dynamic = schemathesis.pytest.from_fixture("dynamic_contract_schema")


@static.parametrize()
def test_conformance(case: schemathesis.Case) -> None:
    """Prism serving the spec's examples: every example must fit its schema, every status and
    content type Prism picks must be documented, no 5xx."""
    validate_case(case)


@dynamic.parametrize()
def test_conformance_dynamic(case: schemathesis.Case) -> None:
    """Prism generating answers from the response schemas: exercises shapes no example shows
    (absent optional fields, nulls, empty arrays)."""
    validate_case(case)


@pytest.mark.deep  # collected only with DETERMINED_DEEP=1 (see conftest.py)
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_dynamic_answers_across_seeds(seed: int) -> None:
    """More Prism seeds, more generated answer shapes: each seed is a fresh dynamic Prism."""
    with PrismMock(dynamic=True, seed=seed, reuse=False) as mock:
        schema = build_schema(mock.url, max_examples=100)
        for op in operations():
            run_property(schema, op.operation_id)
