"""Newer masters add fields and enum values: the generated models must still parse them.

literal_enums plus templates/literal_enum.py.jinja make enums Literal strings that let an
unknown value through; additionalProperties (the default) keeps unknown fields.
"""

from __future__ import annotations

import copy

import pytest

from determined_api.models import (
    GetMasterResponse,
    GetAccessTokensResponse,
    GetCheckpointResponse,
    GetExperimentResponse,
    GetExperimentsResponse,
)

from determined_api.types import Unset

from ..spec._spec import operations


def example(op_id: str) -> dict:
    op = operations()[op_id][2]
    return copy.deepcopy(op["responses"]["200"]["content"]["application/json"]["example"])


def test_unknown_field_and_unknown_enum_value_parse() -> None:
    body = example("getExperiment")
    body["experiment"]["state"] = "STATE_HIBERNATING"  # a value this client has never seen
    body["experiment"]["carbonFootprintGrams"] = 12.5  # a field added by a newer master
    body["jobSummary"]["state"] = "STATE_PREEMPTED"
    body["newTopLevelField"] = {"nested": [1, 2]}

    parsed = GetExperimentResponse.from_dict(body)

    assert parsed.experiment.state == "STATE_HIBERNATING"
    assert parsed.experiment.additional_properties == {"carbonFootprintGrams": 12.5}
    assert parsed.job_summary is not None and parsed.job_summary.state == "STATE_PREEMPTED"
    assert parsed["newTopLevelField"] == {"nested": [1, 2]}
    # and it survives the trip back to the wire unchanged
    assert parsed.to_dict()["experiment"]["carbonFootprintGrams"] == 12.5
    assert parsed.to_dict()["experiment"]["state"] == "STATE_HIBERNATING"


def test_known_values_still_parse_to_typed_values() -> None:
    parsed = GetExperimentsResponse.from_dict(example("getExperiments"))
    assert [e.state for e in parsed.experiments] == ["STATE_ACTIVE", "STATE_COMPLETED"]
    assert parsed.experiments[0].end_time is None
    finished = parsed.experiments[1].end_time
    assert finished is not None and finished.year == 2026
    assert parsed.pagination.total == 2


@pytest.mark.parametrize(
    ("model", "op_id", "path", "value"),
    [
        (GetCheckpointResponse, "getCheckpoint", ("checkpoint", "state"), "STATE_ARCHIVED_COLD"),
        (GetAccessTokensResponse, "getAccessTokens", ("tokenInfo", 0, "tokenType"), "TOKEN_TYPE_X"),
    ],
)
def test_unknown_enum_values_everywhere(model, op_id, path, value) -> None:  # type: ignore[no-untyped-def]
    body = example(op_id)
    target = body
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    parsed = model.from_dict(body).to_dict()
    for key in path:
        parsed = parsed[key]
    assert parsed == value


def test_absent_optional_fields_parse() -> None:
    """Older masters may leave fields out: absent is UNSET, whatever the field's presence."""
    body = example("getClusterInfo")
    body.pop("clusterMessage", None)
    del body["ssoProviders"]
    info = GetMasterResponse.from_dict(body)
    assert isinstance(info.cluster_message, Unset) and isinstance(info.sso_providers, Unset)
    assert info.version == "0.38.1"


def test_missing_required_field_still_raises() -> None:
    """Tolerance stops at the contract: the session layer turns this into a validation error."""
    body = example("getExperiment")
    del body["experiment"]["id"]
    with pytest.raises(KeyError):
        GetExperimentResponse.from_dict(body)
