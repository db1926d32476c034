"""Proof that the contract suite has teeth: the same schemathesis configuration and checks that
run against Prism (``build_schema`` + ``validate_case``) fail against deliberately wrong
servers, and pass against a correct one."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from schemathesis.core.failures import FailureGroup

from ._spec_server import Answer, SpecServer
from ._support import build_schema, operations, run_property, success_example

ROOT = Path(__file__).resolve().parents[2]


def bare_experiment(example: Any) -> Any:
    return example["experiment"]  # (a) the wrapper {experiment: ...} is gone


# On getExperiments' page: getExperiment's `experiment` may be null (a message field), so a
# broken experiment there fails both alternatives of an anyOf and the report cannot say which
# field broke it; the page's items are plain Experiments.
def drop_required_field(example: Any) -> Any:
    del example["experiments"][0]["jobId"]  # (b) `jobId` is required in Experiment
    return example


def wrongly_typed_field(example: Any) -> Any:
    example["experiments"][0]["id"] = "42"  # (c) int32 sent as a string
    return example


def server_error(example: Any) -> Answer:
    return Answer({"error": {"code": 13, "reason": "Internal", "error": "boom"}}, status=500)


def wrong_content_type(example: Any) -> Answer:
    return Answer(b"<html>experiment</html>", content_type="text/html")


def unexpected_status(example: Any) -> Answer:
    # Every operation documents a `default` response (ApiError), so no status code is ever
    # "undocumented" and status_code_conformance alone cannot object to a 202; the 202 must
    # still carry the ApiError shape, which a bare string does not.
    return Answer("accepted", status=202)


# mutant -> (operation, mutation of its answer, what the report must say)
MUTANTS = {
    "bare-experiment": (
        "getExperiment",
        bare_experiment,
        ["Response violates schema", '"experiment" is a required'],
    ),
    "missing-required-field": (
        "getExperiments",
        drop_required_field,
        ["Response violates schema", '"jobId" is a required property'],
    ),
    "wrongly-typed-field": (
        "getExperiments",
        wrongly_typed_field,
        ["Response violates schema", '"42" is not of type "integer"'],
    ),
    "server-error": ("getExperiment", server_error, ["Server error"]),
    "wrong-content-type": ("getExperiment", wrong_content_type, ["Undocumented Content-Type"]),
    "unexpected-status": ("getExperiment", unexpected_status, ["Response violates schema"]),
}


def run_operation(base_url: str, operation_id: str) -> None:
    """The property test of one operation, in-process, against ``base_url``; no shrinking,
    since a failure is the expected outcome here."""
    run_property(build_schema(base_url, max_examples=5), operation_id, shrink=False)


@pytest.mark.parametrize("mutant", MUTANTS, ids=str)
def test_mutant_is_reported(mutant: str) -> None:
    operation, mutation, expected = MUTANTS[mutant]
    with SpecServer({operation: mutation}) as server:
        with pytest.raises(FailureGroup) as failure:
            run_operation(server.url, operation)
        assert any(r[1].startswith("/api/v1/experiments") for r in server.requests)
    assert all(text in str(failure.value) for text in expected), str(failure.value)


def test_cases_carry_the_token_login_answered() -> None:
    """The auth hook is live: the property test logs in through the spec's ``login`` and its
    valid cases send that token, not one schemathesis makes up from the bearer scheme (which
    Prism accepts as readily, so nothing else would notice)."""
    token = success_example(next(op for op in operations() if op.operation_id == "login"))[0]
    with SpecServer() as server:
        run_operation(server.url, "getMe")
    sent = [auth for _, path, auth in server.requests if path == "/api/v1/me"]
    assert ("POST", "/api/v1/auth/login", None) in server.requests
    assert sent.count(f"Bearer {token['token']}") >= 1, sent


def test_correct_server_passes() -> None:
    """The control: the same run against the unmutated server finds nothing. (The subprocess
    test below also shows the broken operations' correct neighbours passing.)"""
    with SpecServer() as server:
        run_operation(server.url, "getExperiment")


# The full-suite run's correct operations, beside the broken ones: the same path with other
# methods, a longer path under a broken one, and each kind of operation (no auth, a body,
# path and query parameters, a non-JSON answer). SpecServer answers every other operation the
# same way (its example), and the Prism runs check every operation's example.
CORRECT_NEIGHBOURS = (
    "patchExperiment",  # PATCH /api/v1/experiments/{experimentId}, a body
    "deleteExperiment",  # DELETE on the same path
    "getExperimentTrials",  # under it; path and query parameters
    "getClusterMessage",  # /api/v1/master/cluster_message, under the broken /api/v1/master
    "login",  # no token, a body
    "getMe",
    "getInfo",  # outside /api/v1, no token
    "downloadCheckpoint",  # an archive, not JSON
)


def test_full_suite_reports_exactly_the_broken_operations(tmp_path: Path) -> None:
    """Run the real property test module (pytest, shards, subtests, auth hook) in a
    subprocess against a server with one bug per kind on three operations, over those and
    their correct neighbours: those three operations, and only those, must fail."""
    broken = {
        "getExperiment": bare_experiment,  # wrapper missing
        "getExperiments": lambda ex: {"experiments": ex["experiments"]},  # required `pagination`
        "getClusterInfo": lambda ex: {**ex, "version": 38},  # string field sent as a number
    }
    with SpecServer(broken) as server:
        env = {
            **os.environ,
            "DETERMINED_MOCK_URL": server.url,  # the plugin's fixture adopts it: no Prism
            "DETERMINED_CONTRACT_MAX_EXAMPLES": "3",
            "DETERMINED_CONTRACT_OPERATIONS": ",".join([*broken, *CORRECT_NEIGHBOURS]),
            "DETERMINED_DEEP": "0",
        }
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "-o",
                "addopts=",
                "tests/contract/test_contract_property.py",
                "-k",
                "not dynamic",  # the static shards: the dynamic mode needs a Prism of its own
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        requested = {path for _, path, _ in server.requests}
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output
    failed = set(re.findall(r"^SUBFAILED .*?\[(\w+ \S+)\]", output, re.MULTILINE))
    assert failed == {
        "GET /api/v1/experiments/{experimentId}",
        "GET /api/v1/experiments",
        "GET /api/v1/master",
    }, output
    passed = re.search(r"(\d+) subtests passed", output)
    assert passed is not None and int(passed.group(1)) == len(CORRECT_NEIGHBOURS), output
    assert {"/api/v1/master/cluster_message", "/info", "/api/v1/me"} <= requested
    assert "Response violates schema" in output
