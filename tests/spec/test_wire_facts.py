"""openapi.yaml carries the shape determined-wire-facts.md describes, operation by operation."""

from __future__ import annotations

import re
import tomllib

import jsonschema
import pytest

from ._spec import ROOT, load, operations, resolve, to_json_schema

# operationId -> (method, real path, tag, summary); the first ten keep the seed's
# operationIds, tags and summaries, the last five are the operations added around login.
OPERATIONS = {
    "login": ("POST", "/api/v1/auth/login", "Authentication", "Log in"),
    "logout": ("POST", "/api/v1/auth/logout", "Authentication", "Log out"),
    "getUsers": ("GET", "/api/v1/users", "Users", "List users"),
    "getClusterInfo": ("GET", "/api/v1/master", "Cluster", "Get cluster info"),
    "getExperiments": ("GET", "/api/v1/experiments", "Experiments", "List experiments"),
    "getExperiment": ("GET", "/api/v1/experiments/{experimentId}", "Experiments", "Get experiment"),
    "getModels": ("GET", "/api/v1/models", "Models", "List models"),
    "getCheckpoint": (
        "GET",
        "/api/v1/checkpoints/{checkpointUuid}",
        "Checkpoints",
        "Get checkpoint",
    ),
    "getTemplates": ("GET", "/api/v1/templates", "Templates", "List templates"),
    "getAccessTokens": ("GET", "/api/v1/tokens", "Tokens", "List tokens"),
    "getMe": ("GET", "/api/v1/me", "Users", None),
    "archiveExperiment": (
        "POST",
        "/api/v1/experiments/{experimentId}/archive",
        "Experiments",
        None,
    ),
    "unarchiveExperiment": (
        "POST",
        "/api/v1/experiments/{experimentId}/unarchive",
        "Experiments",
        None,
    ),
    "postAccessToken": ("POST", "/api/v1/tokens", "Tokens", None),
    "patchAccessToken": ("PATCH", "/api/v1/tokens/{tokenId}", "Tokens", None),
}
PUBLIC = {"login", "getClusterInfo"}
EMPTY_200 = {"logout", "archiveExperiment", "unarchiveExperiment"}

# operationId -> query parameters the master accepts (wire facts, "operations" table).
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

# schema -> (always-present fields, may-be-absent-or-null fields)
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
    "ClusterInfo": (
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
    "SsoProvider": ({"name", "ssoUrl", "type"}, {"alwaysRedirect"}),
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
    "GetExperimentsSortBy": [
        "ID", "DESCRIPTION", "START_TIME", "END_TIME", "STATE", "NUM_TRIALS", "PROGRESS",
        "USER", "NAME", "FORKED_FROM", "RESOURCE_POOL", "PROJECT_ID", "CHECKPOINT_SIZE",
        "CHECKPOINT_COUNT", "SEARCHER_METRIC_VAL",
    ],
    "GetModelsSortBy": [
        "NAME", "DESCRIPTION", "CREATION_TIME", "LAST_UPDATED_TIME", "NUM_VERSIONS", "WORKSPACE",
    ],
    "GetUsersSortBy": [
        "DISPLAY_NAME", "USER_NAME", "ADMIN", "ACTIVE", "MODIFIED_TIME", "NAME",
        "LAST_AUTH_TIME", "REMOTE",
    ],
    "GetTemplatesSortBy": ["NAME"],
    "GetAccessTokensSortBy": [
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


def _is_nullable(prop: dict) -> bool:
    return prop.get("nullable") is True


def test_operations_are_exactly_the_documented_ones() -> None:
    assert set(operations()) == set(OPERATIONS)


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_operation_method_path_tag_summary(op_id: str) -> None:
    method, path, tag, summary = OPERATIONS[op_id]
    got_method, got_path, op = operations()[op_id]
    assert (got_method, got_path) == (method, path)
    assert op["tags"] == [tag]
    if summary is not None:
        assert op["summary"] == summary
    assert "/api/v1/cluster" not in load()["paths"]


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_security_and_documented_errors(op_id: str) -> None:
    _, path, op = operations()[op_id]
    responses = op["responses"]
    if op_id in PUBLIC:
        assert op["security"] == []
    else:
        assert "security" not in op, "token operations inherit the global bearer requirement"
        assert load()["security"] == [{"bearerAuth": []}]
    expected = {"200", "400", "403", "default"}
    if op_id != "getClusterInfo":
        expected.add("401")
    if "{" in path or op_id == "postAccessToken":
        expected.add("404")
    assert set(responses) == expected
    for code in expected - {"200"}:
        body = resolve(responses[code])["content"]["application/json"]
        assert body["schema"] == {"$ref": "#/components/schemas/ApiError"}
        assert "example" in body


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_success_answer_has_a_realistic_example_that_fits(op_id: str) -> None:
    ok = operations()[op_id][2]["responses"]["200"]
    if op_id in EMPTY_200:
        assert "content" not in ok, "the master answers these with an empty body"
        return
    media = ok["content"]["application/json"]
    assert "$ref" in media["schema"], "response schemas live under components"
    jsonschema.validate(media["example"], to_json_schema(media["schema"]))


def test_every_example_fits_its_schema() -> None:
    spec = load()
    checked = 0
    for _, _, op in operations().values():
        bodies = [resolve(r) for r in op["responses"].values()]
        if "requestBody" in op:
            bodies.append(op["requestBody"])
        for body in bodies:
            for media in body.get("content", {}).values():
                jsonschema.validate(media["example"], to_json_schema(media["schema"], spec))
                checked += 1
    assert checked >= 60


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_schema_required_and_nullable_fields(name: str) -> None:
    schema = load()["components"]["schemas"][name]
    required, optional = SHAPES[name]
    assert set(schema.get("required", [])) == required
    assert set(schema["properties"]) == required | optional
    for field in optional:
        assert _is_nullable(schema["properties"][field]), f"{name}.{field} must be nullable"
    for field in required:
        prop = resolve(schema["properties"][field])
        assert not prop.get("nullable"), f"{name}.{field} is always present"


def test_nullable_references_admit_null_under_strict_3_0_3() -> None:
    """`nullable` next to a $ref is ignored in OAS 3.0; ours spell it anyOf [$ref, NullValue]."""
    for name, schema in load()["components"]["schemas"].items():
        for field, prop in schema.get("properties", {}).items():
            if "$ref" in prop:
                assert set(prop) == {"$ref"}, f"{name}.{field}: siblings of $ref are ignored"
            if prop.get("nullable") and "anyOf" in prop:
                assert {"$ref": "#/components/schemas/NullValue"} in prop["anyOf"]
                jsonschema.validate(None, to_json_schema(prop))


@pytest.mark.parametrize("name", sorted(ENUMS))
def test_enums_travel_as_prefixed_names(name: str) -> None:
    values = [v for v in load()["components"]["schemas"][name]["enum"] if v is not None]
    assert values == ENUMS[name]


@pytest.mark.parametrize("op_id", sorted(QUERY))
def test_list_operations_take_every_filter_and_page(op_id: str) -> None:
    _, _, op = operations()[op_id]
    params = [resolve(p) for p in op.get("parameters", [])]
    assert {p["name"] for p in params} == QUERY[op_id]
    for p in params:
        assert p["in"] == "query"
        if p["schema"].get("type") == "array":
            assert p.get("style", "form") == "form" and p.get("explode", True) is True
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
