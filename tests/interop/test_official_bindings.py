"""The official SDK's bindings (determined 0.38.1, `determined.common.api.bindings`) for the
seed's operations work against the packaged mock, bodies included: the SDK sends its JSON
without Content-Type, and ids from the command line as strings."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from .._sdk import contract_example

SCRIPT = Path(__file__).with_name("official_bindings.py")


@pytest.fixture(scope="module")
def report(
    sdk_bin: Path, determined_mock_url: str, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    home = tmp_path_factory.mktemp("sdk-home")
    checkpoint = contract_example("get", "/api/v1/checkpoints/{uuid}")["checkpoint"]["uuid"]
    experiment = contract_example("get", "/api/v1/experiments/{id}")["experiment"]["id"]
    result = subprocess.run(
        [str(sdk_bin / "python"), str(SCRIPT), determined_mock_url, checkpoint, str(experiment)],
        env={"HOME": str(home), "PATH": str(sdk_bin), "LANG": "C.UTF-8"},
        cwd=home, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


def holds(answer: Any, expected: Any) -> bool:
    """``answer`` carries every value of ``expected`` (extra keys allowed, at any depth)."""
    if isinstance(expected, dict):
        return isinstance(answer, dict) and all(
            holds(answer.get(k), v) for k, v in expected.items()
        )
    if isinstance(expected, list):
        return (
            isinstance(answer, list)
            and len(answer) == len(expected)
            and all(holds(a, e) for a, e in zip(answer, expected, strict=True))
        )
    return bool(answer == expected)


def result(report: dict[str, Any], name: str) -> Any:
    entry = report[name]
    assert entry["ok"], f"{name}: {entry['error']}\n{entry['trace']}"
    return entry["result"]


def test_login_sends_the_hash_without_content_type(report: dict[str, Any]) -> None:
    answer = result(report, "post_Login")
    assert answer["token"] and answer["user"]["username"] == "determined"


@pytest.mark.parametrize(
    ("binding", "method", "path", "key"),
    [
        ("get_GetMaster", "get", "/api/v1/master", "clusterName"),
        ("get_GetMe", "get", "/api/v1/me", "user"),
        ("get_GetUsers", "get", "/api/v1/users", "users"),
        ("get_GetExperiments", "get", "/api/v1/experiments", "experiments"),
        ("get_GetExperiment", "get", "/api/v1/experiments/{id}", "experiment"),
        ("get_GetModels", "get", "/api/v1/models", "models"),
        ("get_GetCheckpoint", "get", "/api/v1/checkpoints/{uuid}", "checkpoint"),
        ("get_GetTemplates", "get", "/api/v1/templates", "templates"),
        ("get_GetAccessTokens", "get", "/api/v1/tokens", "tokenInfo"),
        ("post_PostAccessToken", "post", "/api/v1/tokens", "token"),
        ("patch_PatchAccessToken", "patch", "/api/v1/tokens/{id}", "tokenInfo"),
        ("patch_PatchAccessToken_string_id", "patch", "/api/v1/tokens/{id}", "tokenInfo"),
    ],
)
def test_binding_reads_the_contracts_answer(
    report: dict[str, Any], binding: str, method: str, path: str, key: str
) -> None:
    """Parsed by the official models, the answer still holds the contract's example (the
    models add the fields they know as None)."""
    answer = result(report, binding)
    expected = json.loads(json.dumps(contract_example(method, path)[key]))
    assert holds(answer[key], expected), (answer[key], expected)


@pytest.mark.parametrize(
    "binding", ["post_ArchiveExperiment", "post_UnarchiveExperiment", "post_Logout"]
)
def test_empty_answers(report: dict[str, Any], binding: str) -> None:
    assert result(report, binding) in (None, {})
