"""openapi.yaml carries the shape determined-wire-facts.md describes: the general rules on every
operation of the compiled contract, and the seed operations' own facts (paths, filters, fields).
Examples are checked in test_examples.py; operation summaries in tests/contract_build/."""

from __future__ import annotations

import re
import tomllib

import pytest
from jsonschema import ValidationError

from ._spec import ROOT, load, operations, resolve, validate

# operationId -> (method, real path, tag); the first ten are the seed's operations, the last
# five the ones added around login. Their names are kept for existing code and the README.
SEED = {
    "login": ("POST", "/api/v1/auth/login", "Authentication"),
    "logout": ("POST", "/api/v1/auth/logout", "Authentication"),
    "getUsers": ("GET", "/api/v1/users", "Users"),
    "getClusterInfo": ("GET", "/api/v1/master", "Cluster"),
    "getExperiments": ("GET", "/api/v1/experiments", "Experiments"),
    "getExperiment": ("GET", "/api/v1/experiments/{experimentId}", "Experiments"),
    "getModels": ("GET", "/api/v1/models", "Models"),
    "getCheckpoint": ("GET", "/api/v1/checkpoints/{checkpointUuid}", "Checkpoints"),
    "getTemplates": ("GET", "/api/v1/templates", "Templates"),
    "getAccessTokens": ("GET", "/api/v1/tokens", "Tokens"),
    "getMe": ("GET", "/api/v1/me", "Users"),
    "archiveExperiment": ("POST", "/api/v1/experiments/{experimentId}/archive", "Experiments"),
    "unarchiveExperiment": ("POST", "/api/v1/experiments/{experimentId}/unarchive", "Experiments"),
    "postAccessToken": ("POST", "/api/v1/tokens", "Tokens"),
    "patchAccessToken": ("PATCH", "/api/v1/tokens/{tokenId}", "Tokens"),
}
#: Served without a token (wire facts; upstream README): the rest need `Authorization: Bearer`.
PUBLIC = {"login", "getClusterInfo", "getTelemetry", "health", "getInfo"}
#: Routes the master serves outside grpc-gateway: their answers are not always JSON.
ECHO = {
    "health", "getInfo", "getRawResourceAllocationCsv", "getAllocationsCsv",
    "getAggregatedResourceAllocationCsv", "downloadCheckpoint", "downloadModelDefFile",
}  # fmt: skip
ERROR_CODES = {"400", "401", "403", "404", "default"}
OPS = operations()

# operationId -> query parameters the master accepts (wire facts, "operations" table); the
# compiled contract may take more (the facts' swagger has filters the table does not list).
QUERY = {
    "getUsers": {"limit", "offset", "orderBy", "sortBy", "name", "active", "admin"},
    "getExperiments": {
        "limit", "offset", "orderBy", "sortBy", "name", "description", "labels", "archived",
        "states", "users", "userIds", "projectId", "showTrialData",
    },
    "getModels": {
        "limit", "offset", "orderBy", "sortBy", "name", "description", "labels", "archived",
        "users", "userIds", "workspaceIds", "workspaceNames", "id",
    },
    "getTemplates": {"limit", "offset", "orderBy", "sortBy", "name", "workspaceIds"},
    "getAccessTokens": {
        "limit", "offset", "orderBy", "sortBy", "showInactive", "tokenIds", "username",
    },
}  # fmt: skip

# schema -> (always-present fields (`*`, required), the other fields the wire facts name).
# Present is not non-null: presence.json makes some always-present message fields nullable
# (Checkpoint.metadata, Experiment.config), as the master sends them.
SHAPES = {
    "LoginRequest": ({"username", "password"}, {"isHashed"}),
    "LoginResponse": ({"token", "user"}, set()),
    "GetMeResponse": ({"user"}, set()),
    "User": (
        {"username", "admin", "active"},
        {"id", "displayName", "remote", "lastAuthAt", "modifiedAt", "agentUserGroup"},
    ),
    "AgentUserGroup": (set(), {"agentUid", "agentGid", "agentUser", "agentGroup"}),
    "GetUsersResponse": (set(), {"users", "pagination"}),
    "Pagination": (set(), {"offset", "limit", "startIndex", "endIndex", "total"}),
    "GetMasterResponse": (
        {
            "version", "masterId", "clusterId", "clusterName", "strictJobQueueControl",
            "hasCustomLogo",
        },
        {
            "telemetryEnabled", "rbacEnabled", "userManagementEnabled", "featureSwitches",
            "product", "branding", "externalLoginUri", "externalLogoutUri", "ssoProviders",
            "clusterMessage",
        },
    ),
    "SSOProvider": ({"name", "ssoUrl", "type"}, {"alwaysRedirect"}),
    "ClusterMessage": ({"message", "startTime"}, {"endTime", "createdTime"}),
    "GetExperimentsResponse": ({"experiments", "pagination"}, set()),
    "GetExperimentResponse": ({"experiment"}, {"jobSummary", "config"}),
    "JobSummary": ({"jobsAhead", "state"}, set()),
    "Experiment": (
        {
            "id", "name", "state", "startTime", "username", "archived", "config", "jobId",
            "numTrials", "originalConfig", "projectId", "projectOwnerId", "searcherType",
        },
        {
            "endTime", "labels", "description", "displayName", "userId", "duration",
            "progress", "resourcePool", "searcherMetric", "bestTrialId",
            "bestTrialSearcherMetric", "checkpointCount", "checkpointSize", "forkedFrom",
            "hyperparameters", "notes", "parentArchived", "projectName", "workspaceId",
            "workspaceName", "trialIds", "unmanaged", "externalExperimentId",
            "externalTrialId", "modelDefinitionSize",
        },
    ),
    "GetModelsResponse": ({"models", "pagination"}, set()),
    "Model": (
        {
            "id", "name", "username", "userId", "creationTime", "lastUpdatedTime", "archived",
            "metadata", "numVersions", "workspaceId",
        },
        {"description", "labels", "notes"},
    ),
    "GetCheckpointResponse": ({"checkpoint"}, set()),
    "Checkpoint": (
        {"uuid", "state", "resources", "metadata", "training"},
        {"taskId", "allocationId", "reportTime", "storageId"},
    ),
    "CheckpointTrainingMetadata": (
        set(),
        {
            "experimentId", "trialId", "hparams", "experimentConfig", "searcherMetric",
            "trainingMetrics", "validationMetrics",
        },
    ),
    "GetTemplatesResponse": ({"templates", "pagination"}, set()),
    "Template": ({"name", "config", "workspaceId"}, set()),
    "GetAccessTokensResponse": ({"tokenInfo"}, {"pagination"}),
    "TokenInfo": (
        {"id", "userId"},
        {"createdAt", "expiry", "description", "revoked", "tokenType"},
    ),
    "PostAccessTokenRequest": ({"userId"}, {"lifespan", "description"}),
    "PostAccessTokenResponse": (set(), {"token", "tokenId"}),
    "PatchAccessTokenRequest": ({"tokenId"}, {"description", "setRevoked"}),
    "PatchAccessTokenResponse": (set(), {"tokenInfo"}),
}  # fmt: skip

SORT_BY = {
    "GetExperimentsRequestSortBy": [
        "ID", "DESCRIPTION", "START_TIME", "END_TIME", "STATE", "NUM_TRIALS", "PROGRESS",
        "USER", "NAME", "FORKED_FROM", "RESOURCE_POOL", "PROJECT_ID", "CHECKPOINT_SIZE",
        "CHECKPOINT_COUNT", "SEARCHER_METRIC_VAL",
    ],
    "GetModelsRequestSortBy": [
        "NAME", "DESCRIPTION", "CREATION_TIME", "LAST_UPDATED_TIME", "NUM_VERSIONS", "WORKSPACE",
    ],
    "GetUsersRequestSortBy": [
        "DISPLAY_NAME", "USER_NAME", "ADMIN", "ACTIVE", "MODIFIED_TIME", "NAME",
        "LAST_AUTH_TIME", "REMOTE",
    ],
    "GetTemplatesRequestSortBy": ["NAME"],
    "GetAccessTokensRequestSortBy": [
        "USER_ID", "EXPIRY", "CREATED_AT", "TOKEN_TYPE", "REVOKED", "DESCRIPTION",
    ],
}  # fmt: skip
ENUMS = {
    "ExperimentState": [
        "STATE_UNSPECIFIED", "STATE_ACTIVE", "STATE_PAUSED", "STATE_STOPPING_COMPLETED",
        "STATE_STOPPING_CANCELED", "STATE_STOPPING_ERROR", "STATE_STOPPING_KILLED",
        "STATE_COMPLETED", "STATE_CANCELED", "STATE_ERROR", "STATE_DELETED", "STATE_DELETING",
        "STATE_DELETE_FAILED", "STATE_QUEUED", "STATE_PULLING", "STATE_STARTING",
        "STATE_RUNNING",
    ],
    "JobState": [
        "STATE_UNSPECIFIED", "STATE_QUEUED", "STATE_SCHEDULED", "STATE_SCHEDULED_BACKFILLED",
    ],
    "CheckpointState": [
        "STATE_UNSPECIFIED", "STATE_ACTIVE", "STATE_COMPLETED", "STATE_ERROR", "STATE_DELETED",
        "STATE_PARTIALLY_DELETED",
    ],
    "TokenType": ["TOKEN_TYPE_UNSPECIFIED", "TOKEN_TYPE_USER_SESSION", "TOKEN_TYPE_ACCESS_TOKEN"],
    "OrderBy": ["ORDER_BY_UNSPECIFIED", "ORDER_BY_ASC", "ORDER_BY_DESC"],
    **{n: ["SORT_BY_UNSPECIFIED"] + [f"SORT_BY_{v}" for v in vs] for n, vs in SORT_BY.items()},
}  # fmt: skip


def _params(op: dict) -> list[dict]:
    return [resolve(p) for p in op.get("parameters", [])]


# -- the general rules, on every operation ------------------------------------------------------


def test_operation_ids_are_unique_and_the_seed_names_are_kept() -> None:
    ids = [op["operationId"] for item in load()["paths"].values() for op in item.values()]
    assert len(ids) == len(set(ids))
    assert set(SEED) <= set(OPS)
    assert "/api/v1/cluster" not in load()["paths"], "cluster info is GET /api/v1/master"


@pytest.mark.parametrize("op_id", sorted(SEED))
def test_seed_operation_method_path_tag(op_id: str) -> None:
    method, path, tag = SEED[op_id]
    got_method, got_path, op = OPS[op_id]
    assert (got_method, got_path) == (method, path)
    assert op["tags"][0] == tag


@pytest.mark.parametrize("op_id", sorted(OPS))
def test_security_and_documented_errors(op_id: str) -> None:
    """Bearer token everywhere but the public operations; the master's error body on 400,
    401 (operations that need a token, and login), 403, 404 (a path naming a thing) and
    ``default``."""
    _, path, op = OPS[op_id]
    responses = op["responses"]
    if op_id in PUBLIC:
        assert op["security"] == []
    else:
        assert "security" not in op, "token operations inherit the global bearer requirement"
    assert load()["security"] == [{"bearerAuth": []}]
    expected = {"200", "400", "403", "default"}
    if op_id not in PUBLIC - {"login"}:
        expected.add("401")
    if "{" in path:
        expected.add("404")
    extra = {"503"} if op_id == "health" else set()  # /health answers 503 when unhealthy
    assert set(responses) == expected | extra
    for code in expected - {"200"}:
        body = resolve(responses[code])["content"]["application/json"]
        assert body["schema"] == {"$ref": "#/components/schemas/ApiError"}
        assert "example" in body


@pytest.mark.parametrize("op_id", sorted(OPS))
def test_success_is_json_and_path_variables_are_declared(op_id: str) -> None:
    _, path, op = OPS[op_id]
    content = op["responses"]["200"]["content"]
    if op_id not in ECHO:
        assert list(content) == ["application/json"]
        assert "$ref" in content["application/json"]["schema"], "answers live under components"
    declared = {p["name"] for p in _params(op) if p["in"] == "path"}
    assert declared == set(re.findall(r"\{([^}]+)\}", path))
    for param in _params(op):
        if param["in"] == "path":
            assert param["required"] is True
        if param["in"] == "query" and param["schema"].get("type") == "array":
            assert param.get("style", "form") == "form" and param.get("explode", True) is True


def _answers_nothing(op_id: str) -> bool:
    schema = OPS[op_id][2]["responses"]["200"]["content"].get("application/json", {})
    found = resolve(schema.get("schema", {}))
    return found.get("type") == "object" and not set(found) & {"properties", "additionalProperties"}


EMPTY_ANSWERS = sorted(op_id for op_id in OPS if _answers_nothing(op_id))


def test_the_seed_empty_answers_are_among_them() -> None:
    assert {"logout", "archiveExperiment", "unarchiveExperiment"} <= set(EMPTY_ANSWERS)


@pytest.mark.parametrize("op_id", EMPTY_ANSWERS)
def test_answers_with_no_fields_are_empty_objects(op_id: str) -> None:
    """logout, archive, kill, ... answer ``{}`` (application/json), never an empty body."""
    body = OPS[op_id][2]["responses"]["200"]["content"]["application/json"]
    assert body["example"] == {}
    validate({}, body["schema"])
    with pytest.raises(ValidationError):
        validate("", body["schema"])


def test_nullable_references_admit_null_under_strict_3_0_3() -> None:
    """`nullable` next to a $ref is ignored in OAS 3.0; ours spell it anyOf [$ref, NullValue]."""
    checked = 0
    for name, schema in load()["components"]["schemas"].items():
        for field, prop in schema.get("properties", {}).items():
            if "$ref" in prop:
                assert set(prop) == {"$ref"}, f"{name}.{field}: siblings of $ref are ignored"
            if prop.get("nullable") and "anyOf" in prop:
                assert {"$ref": "#/components/schemas/NullValue"} in prop["anyOf"]
                validate(None, prop)
                checked += 1
    assert checked > 100


# -- the seed operations' own facts --------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_schema_required_and_named_fields(name: str) -> None:
    schema = load()["components"]["schemas"][name]
    required, others = SHAPES[name]
    assert set(schema.get("required", [])) == required
    assert set(schema["properties"]) >= required | others


def test_a_running_experiment_has_no_end_time() -> None:
    """Timestamps such as endTime are null while a thing is still running."""
    experiment = load()["components"]["schemas"]["Experiment"]["properties"]
    validate(None, experiment["endTime"])


@pytest.mark.parametrize("name", sorted(ENUMS))
def test_enums_travel_as_prefixed_names(name: str) -> None:
    values = [v for v in load()["components"]["schemas"][name]["enum"] if v is not None]
    assert sorted(values) == sorted(ENUMS[name])
    assert values[0].endswith("_UNSPECIFIED")


@pytest.mark.parametrize("op_id", sorted(QUERY))
def test_list_operations_take_every_filter_and_page(op_id: str) -> None:
    _, _, op = OPS[op_id]
    params = _params(op)
    assert {p["name"] for p in params} >= QUERY[op_id]
    assert all(p["in"] == "query" for p in params)
    answer = resolve(op["responses"]["200"]["content"]["application/json"]["schema"])
    pagination = answer["properties"]["pagination"]
    pagination_ref = {"$ref": "#/components/schemas/Pagination"}
    assert pagination == pagination_ref or pagination["anyOf"][0] == pagination_ref


def test_int64_travels_as_string_and_timestamps_as_rfc3339() -> None:
    experiment = load()["components"]["schemas"]["Experiment"]["properties"]
    assert experiment["checkpointSize"]["type"] == "string"
    assert re.fullmatch(experiment["checkpointSize"]["pattern"], "157286400")
    for field in ("startTime", "endTime"):
        assert experiment[field]["format"] == "date-time"


def test_login_takes_is_hashed() -> None:
    props = load()["components"]["schemas"]["LoginRequest"]["properties"]
    assert props["isHashed"]["type"] == "boolean"


def test_info_version_is_the_master_release_and_matches_the_package() -> None:
    spec_version = load()["info"]["version"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", spec_version)
    package = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert package.split(".")[:2] == spec_version.split(".")[:2], "see README: Versioning"
