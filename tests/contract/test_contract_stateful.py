"""Stateful run through the OpenAPI links of openapi.yaml against Prism.

The spec declares links (contract/passes/links.py): ``login -> getMe`` (GetMeWithToken),
``getExperiments -> getExperiment`` (GetFirstExperiment, ``experimentId`` taken from
``$response.body#/experiments/0/id``) and ``getExperiment -> getExperimentTrials``.
schemathesis turns them into a Hypothesis state machine whose transitions feed one answer
into the next request. Prism is stateless, so the run checks
the conformance of each step and that the link expressions resolve against real answers (the
id extracted from getExperiments' example is served by getExperiment); it cannot check that
state changes (it keeps none), which is why the stateful checks are excluded.
"""

from __future__ import annotations

from typing import Any

import hypothesis
from schemathesis import Case, Response

from ._support import EXCLUDED_CHECKS, STATEFUL_EXAMPLES, STATEFUL_STEPS


def walk(contract_schema: Any, chain: list[str]) -> list[tuple[str, int, dict[str, Any]]]:
    """A stateful run over the operations one chain of links joins: of 267 operations, a
    random walk would rarely meet two linked ones in a few steps (and with login among
    them, schemathesis starts every walk at login)."""
    base = contract_schema.include(operation_id=chain).as_state_machine()
    steps: list[tuple[str, int, dict[str, Any]]] = []

    class LinkedAPI(base):  # type: ignore[misc, valid-type]
        def validate_response(
            self, response: Response, case: Case, additional_checks: Any = None, **kwargs: Any
        ) -> None:
            case.validate_response(
                response, excluded_checks=EXCLUDED_CHECKS, transport_kwargs=kwargs or None
            )

        def after_call(self, response: Response, case: Case) -> None:
            steps.append(
                (
                    case.operation.definition.raw.get("operationId", ""),
                    response.status_code,
                    dict(case.path_parameters or {}),
                )
            )

    LinkedAPI.run(
        settings=hypothesis.settings(
            max_examples=STATEFUL_EXAMPLES,
            stateful_step_count=STATEFUL_STEPS,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )
    return steps


def test_login_then_me(contract_schema: Any) -> None:
    steps = walk(contract_schema, ["login", "getMe"])
    assert {op for op, _, _ in steps} == {"login", "getMe"}
    assert any(op == "getMe" and status == 200 for op, status, _ in steps)


def test_experiments_then_experiment_then_trials(contract_schema: Any) -> None:
    chain = ["getExperiments", "getExperiment", "getExperimentTrials"]
    steps = walk(contract_schema, chain)
    assert {op for op, _, _ in steps} == set(chain)
    # getExperiment reached through the link carries the id from getExperiments' answer (42);
    # its status may be a (documented) 401 when schemathesis drew a negative-auth step.
    assert any(
        op == "getExperiment" and params.get("experimentId") == 42 for op, _, params in steps
    )
    assert any(status == 200 for _, status, _ in steps)
