"""Schemathesis property tests over every operation of openapi.yaml against a real Prism.

Static mode (Prism answers with the spec's examples) tests the request side: the spec's
request examples and ``MAX_EXAMPLES`` seeded fuzzed cases per operation, positive and negative,
and with DETERMINED_DEEP=1 the coverage phase (every parameter's boundaries, enum members,
missing/invalid parts: deterministic) and many more fuzzed cases. Its operations are split
into ``SHARDS`` tests (``test_conformance_1of4``, ...: every 4th operation) so pytest-xdist
spreads them. Dynamic mode (answers generated from the response schemas) tests the answers no
example shows: one valid request and one fuzzed case per operation (see DYNAMIC_MAX_EXAMPLES),
once per Prism seed (``[seed20261126]``; `make test-deep` adds seeds).

schemathesis reports each operation as a subtest (``test_conformance_1of4[GET /api/v1/me]``).
``DETERMINED_CONTRACT_OPERATIONS=getMe,login`` runs only the operations named.
"""

from __future__ import annotations

import schemathesis

from ._support import SHARDS, in_shard, shard_count, validate_case

static = schemathesis.pytest.from_fixture("contract_schema")
dynamic = schemathesis.pytest.from_fixture("dynamic_contract_schema").include(func=in_shard(0, 1))


def check_static(case: schemathesis.Case) -> None:
    """Prism serving the spec's examples: every example must fit its schema, every status and
    content type Prism picks must be documented, no 5xx, no schema-valid request rejected."""
    validate_case(case)


# test_conformance_1of4 ... test_conformance_4of4 (16 shards with DETERMINED_DEEP=1)
_count = shard_count(SHARDS)
for _index in range(_count):
    _test = static.include(func=in_shard(_index, _count)).parametrize()(check_static)
    globals()[f"test_conformance_{_index + 1}of{_count}"] = _test


@dynamic.parametrize()
def test_conformance_dynamic(case: schemathesis.Case) -> None:
    """Prism generating answers from the response schemas: exercises shapes no example shows
    (every optional field present, generated strings and numbers, the error bodies)."""
    validate_case(case)
