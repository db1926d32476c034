"""Shared pieces of the contract suite: schemathesis configuration, checks, auth, spec walking.

The property tests, the stateful run and the mutant-server tests all use the same
``build_schema`` + ``validate_case`` so "the suite has teeth" is proven for the exact
configuration that runs against Prism.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import hypothesis
import schemathesis
from hypothesis import HealthCheck, Phase
from schemathesis import Case
from schemathesis.specs.openapi import checks as oa_checks

from determined_client._spec import spec_path
from determined_client.testing._body_rules import load_contract

SPEC: Path = spec_path()

# -- run size ----------------------------------------------------------------------------------
# DETERMINED_DEEP=1 (scripts/test-deep, `make test-deep`) runs many more examples per operation.
DEEP = os.environ.get("DETERMINED_DEEP", "") not in ("", "0", "false", "no")
# Fixed seed + derandomize: every run generates the same cases, so a failure reproduces.
SEED = int(os.environ.get("DETERMINED_CONTRACT_SEED", "20261126"))
# Examples per operation for the fuzzing phase against the static Prism (examples mode).
# Deep: about 20 ms of CPU a case with Prism's share, so 200 cases and the coverage phase are
# about 4.5 CPU-seconds per operation, 20 CPU-minutes for the 267 (`make test-deep` within
# 30 minutes on 2 cores); 500 took 11 CPU-seconds per operation, 47 CPU-minutes.
MAX_EXAMPLES = int(os.environ.get("DETERMINED_CONTRACT_MAX_EXAMPLES", "200" if DEEP else "5"))
# Against a dynamic Prism: its `--seed` reseeds the answer generator for every answer, so an
# operation answers every accepted request with the same body, and every rejected one with
# the same error body (its 400/401 responses are components shared by every operation). So
# the dynamic run sends each operation's request examples (or one generated valid request)
# and one fuzzed case, valid or not; the request side is the static run's job. More fuzzed
# cases would only repeat those answers.
DYNAMIC_MAX_EXAMPLES = 1
# The coverage phase (deterministic: every parameter's boundaries, each enum member, each
# missing required part) sends dozens of requests per operation: minutes for 267 operations,
# so it runs in `make test-deep`; `make test` sends the spec's examples and a few fuzzed cases.
COVERAGE = DEEP or os.environ.get("DETERMINED_CONTRACT_COVERAGE", "") not in ("", "0")
STATEFUL_EXAMPLES = 100 if DEEP else 12
STATEFUL_STEPS = 10 if DEEP else 4
# The dynamic Prisms' seeds: `make test` one, `make test-deep` more (a fresh Prism each).
DYNAMIC_SEEDS = (SEED, 1, 2, 3, 4) if DEEP else (SEED,)
# Only these operations (comma-separated operationIds; default: all), e.g. to rerun one.
OPERATION_IDS = tuple(re.findall(r"[^\s,]+", os.environ.get("DETERMINED_CONTRACT_OPERATIONS", "")))
# Each property test runs as this many pytest items (shards of the operations), so that
# pytest-xdist spreads one mode's operations over its workers.
SHARDS = 16 if DEEP else 4

LOGIN_BODY = {"username": "determined", "password": ""}

# -- checks ------------------------------------------------------------------------------------
# Every built-in check runs (schemathesis' default set) except the ones below. These must run:
REQUIRED_CHECKS = (
    oa_checks.status_code_conformance,
    oa_checks.content_type_conformance,
    oa_checks.response_schema_conformance,
    schemathesis.checks.not_a_server_error,
)
EXCLUDED_CHECKS = [
    # Prism checks that *a* bearer token is present but accepts any token, so a request with a
    # made-up token succeeds; the real master would answer 401.
    oa_checks.ignored_auth,
    # Prism keeps no state: a "deleted" resource is still served (use_after_free) and a
    # "created" one is not necessarily served back (ensure_resource_availability).
    oa_checks.use_after_free,
    oa_checks.ensure_resource_availability,
    # Prism answers an undocumented method with 405 but without the `Allow` header RFC 9110
    # requires, so this check would report Prism, not the contract.
    oa_checks.unsupported_method,
    # Prism's request validator is laxer than the master in ways the contract cannot express:
    # an empty query value (`?sortBy=`) counts as absent, and a query value such as `false` is a
    # valid string for a `type: string` array item even when schemathesis generated a boolean.
    # Its acceptance of such requests says nothing about openapi.yaml. Negative cases still run:
    # their answers must be documented statuses with conforming bodies and no 5xx.
    oa_checks.negative_data_rejection,
]


def validate_case(case: Case, **kwargs: Any) -> None:
    """Send ``case`` and run the contract checks on the answer (raises on any failure)."""
    case.call_and_validate(excluded_checks=EXCLUDED_CHECKS, **kwargs)


def run_property(schema: Any, operation_id: str, *, shrink: bool = True) -> None:
    """``validate_case`` as a Hypothesis property over one operation's generated cases, outside
    the pytest integration (for runs against servers started inside a test)."""
    operation = schema.find_operation_by_id(operation_id)
    phases = [Phase.explicit, Phase.generate] + ([Phase.shrink] if shrink else [])
    settings = hypothesis.settings(
        max_examples=schema.config.generation.max_examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=phases,
        suppress_health_check=list(HealthCheck),
    )

    @settings
    @hypothesis.given(case=operation.as_strategy())
    def property_test(case: Case) -> None:
        validate_case(case)

    property_test()


# -- auth --------------------------------------------------------------------------------------
class LoginAuth:
    """Bearer token from the spec's own ``login`` operation (``POST /api/v1/auth/login``)."""

    def get(self, case: Case, ctx: schemathesis.AuthContext) -> str:
        login = ctx.operation.schema.find_operation_by_id("login")
        response = login.Case(body=dict(LOGIN_BODY), media_type="application/json").call()
        if response.status_code != 200:
            raise AssertionError(f"login answered {response.status_code}: {response.text[:500]}")
        token = response.json()["token"]
        assert isinstance(token, str) and token
        return token

    def set(self, case: Case, data: str, ctx: schemathesis.AuthContext) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


def build_schema(
    base_url: str,
    *,
    max_examples: int = MAX_EXAMPLES,
    fill_missing_examples: bool = False,
    coverage: bool = COVERAGE,
) -> Any:
    """Load openapi.yaml for schemathesis, pointed at ``base_url``, seeded, with login auth.
    The examples phase sends the spec's request examples (``fill_missing_examples``: and one
    generated valid request for an operation without any); ``coverage`` switches the coverage
    phase; the fuzzing phase sends ``max_examples`` generated cases per operation."""
    config = schemathesis.Config()
    config.update(seed=SEED, max_failures=None)
    schema = schemathesis.openapi.from_path(SPEC, config=config)
    schema.config.update(base_url=base_url)
    schema.config.phases.examples.fill_missing = fill_missing_examples
    schema.config.phases.coverage.enabled = coverage
    schema.config.generation.update(
        max_examples=max_examples,
        deterministic=True,  # Hypothesis derandomize: same cases on every run
        database="none",  # no .hypothesis/ example database written into the checkout
    )
    # The login operation itself must not send a token (`security: []`); Prism would not mind,
    # but the master's behaviour is undefined, so keep the request faithful. (`schema.auth()`
    # registers the provider; `schema.auth(LoginAuth)` only builds a test decorator, which left
    # every case with the random token schemathesis generates from the security scheme.)
    schema.auth().skip_for(operation_id=["login", "getClusterInfo"])(LoginAuth)

    @schema.hook
    def filter_query(ctx: schemathesis.HookContext, query: Any) -> bool:
        return sendable_query(query)

    @schema.hook
    def filter_body(ctx: schemathesis.HookContext, body: Any) -> bool:
        return sendable_body(body)

    @schema.hook
    def filter_headers(ctx: schemathesis.HookContext, headers: Any) -> bool:
        return sendable_headers(headers)

    @schema.hook
    def filter_case(ctx: schemathesis.HookContext, case: Case) -> bool:
        # The coverage phase builds whole cases and runs only case-level hooks (its boundary
        # value for a string is ""), so the same rules apply here too.
        return (
            sendable_query(case.query)
            and sendable_body(case.body)
            and sendable_headers(case.headers)
        )

    return schema


def sendable_query(query: Any) -> bool:
    """Prism reads an empty query value (`?metricName=`) as no value at all, so a required
    parameter sent empty is "missing" to it, where the master reads the empty string. Such a
    case only measures that difference, not the contract."""
    values = (query or {}).values()
    return not any(v == "" or (isinstance(v, list) and "" in v) for v in values)


def sendable_body(body: Any) -> bool:
    """Negative fuzzing sends raw non-JSON bytes as an application/json body. Prism 5.16.0
    never answers such a request (its body parser throws and the socket hangs until the client
    times out), so these cases would only measure that bug; see the report. An empty JSON
    string body (setUserPassword's `""`) is "no body" to Prism, as an empty query value is:
    the master reads it as the empty password."""
    return not isinstance(body, bytes | bytearray) and body != ""


# A media type as Prism's parser (whatwg-mimetype) reads one: type "/" subtype, both HTTP
# tokens, around them HTTP whitespace, then anything after ";" (parameters never fail it).
_TOKEN = r"[-!#$%&'*+.^_`|~0-9A-Za-z]+"
_MEDIA_TYPE = re.compile(rf"[\t\n\r ]*{_TOKEN}/{_TOKEN}[\t\n\r ]*(?:;.*)?", re.DOTALL)


def sendable_headers(headers: Any) -> bool:
    """A Content-Type header that is no media type (negative fuzzing sent `[T?e`) crashes
    Prism 5.16.0: its request validator throws outside any handler and the process exits,
    so every later case fails with the front's 502. Such a case would only measure that bug."""
    return all(
        isinstance(value, str) and _MEDIA_TYPE.fullmatch(value)
        for name, value in (headers or {}).items()
        if str(name).lower() == "content-type"
    )


def in_shard(index: int, count: int) -> Callable[[Any], bool]:
    """A schemathesis filter for shard ``index`` of ``count``: every ``count``-th operation in
    the spec's order (neighbours in the spec cost alike, so the shards do too), among
    ``OPERATION_IDS`` when that is set."""

    def matches(ctx: Any) -> bool:
        return bool(ctx.operation.label in _shard_labels(index, count))

    return matches


def shard_count(wanted: int) -> int:
    """``wanted`` shards, or fewer when ``OPERATION_IDS`` selects fewer operations than that
    (schemathesis fails a test that matches no operation)."""
    return min(wanted, len(OPERATION_IDS)) if OPERATION_IDS else wanted


@functools.cache
def _shard_labels(index: int, count: int) -> frozenset[str]:
    selected = [op for op in operations() if not OPERATION_IDS or op.operation_id in OPERATION_IDS]
    if unknown := set(OPERATION_IDS) - {op.operation_id for op in selected}:
        raise AssertionError(f"DETERMINED_CONTRACT_OPERATIONS: no operation {sorted(unknown)}")
    return frozenset(f"{op.method} {op.path}" for op in selected[index::count])


# -- walking the spec --------------------------------------------------------------------------
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    spec: dict[str, Any]

    @property
    def module_name(self) -> str:
        """The openapi-python-client module: ``determined_api.api.<tag_snake>.<op_snake>``."""
        return f"determined_api.api.{snake(self.tag)}.{snake(self.operation_id)}"

    @property
    def secured(self) -> bool:
        security = self.spec.get("security", load_spec().get("security", []))
        return bool(security)

    def success(self) -> dict[str, Any]:
        responses: dict[str, Any] = self.spec["responses"]
        for code in ("200", "201", "204"):
            if code in responses:
                return resolve(responses[code])
        raise AssertionError(f"{self.operation_id} has no success response")


def snake(name: str) -> str:
    name = re.sub(r"[^0-9A-Za-z]+", "_", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return name.strip("_").lower()


@functools.cache
def load_spec() -> dict[str, Any]:
    return load_contract(SPEC)  # libyaml's loader: PyYAML's pure-Python one takes seconds


def resolve(node: Any) -> Any:
    """Follow local ``$ref`` pointers (one level at a time, recursively at the top)."""
    while isinstance(node, dict) and "$ref" in node:
        ref: str = node["$ref"]
        assert ref.startswith("#/"), ref
        target: Any = load_spec()
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def operations() -> Iterator[Operation]:
    for path, item in load_spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                yield Operation(op["operationId"], method.upper(), path, op["tags"][0], op)


def success_example(op: Operation) -> tuple[Any, bool]:
    """(example body, has_content) of the operation's success response."""
    success = op.success()
    content = success.get("content", {}).get("application/json")
    if content is None:
        return None, False
    return content.get("example"), True
