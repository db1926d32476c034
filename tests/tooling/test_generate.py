"""scripts/generate and scripts/check-generated behave as the README promises.

They run in a scratch repo whose contract is a slice of openapi.yaml (tests/tooling/_slice.py)
and whose generated/ an earlier run of scripts/generate wrote: the mechanisms tested here do not
depend on the contract's size. That the whole of generated/ is what openapi.yaml produces is
`make check-generated`'s job, which `make test` and CI run on the real tree.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import Workspace, tree_digest


def test_regeneration_is_deterministic_and_removes_stale_files(
    workspace: Workspace, sliced_repo: Path
) -> None:
    stale = workspace.root / "generated" / "determined_api" / "models" / "removed_model.py"
    stale.write_text("class RemovedModel: ...\n")

    result = workspace.run("generate")

    assert result.returncode == 0, result.stderr
    assert not stale.exists()
    # Byte for byte what the earlier run of scripts/generate (another process) wrote.
    assert tree_digest(workspace.root / "generated") == tree_digest(sliced_repo / "generated")


def test_invalid_spec_stops_with_the_validators_message(workspace: Workspace) -> None:
    before = tree_digest(workspace.root / "generated")
    workspace.edit_spec(lambda spec: spec["info"].pop("title"))

    result = workspace.run("generate")

    assert result.returncode != 0
    assert '"title" is a required property' in result.stderr
    assert "left untouched" in result.stderr
    assert tree_digest(workspace.root / "generated") == before


def test_generator_warnings_fail_the_run(workspace: Workspace) -> None:
    before = tree_digest(workspace.root / "generated")

    def unsupported_media_type(spec: dict) -> None:
        spec["paths"]["/api/v1/me"]["get"]["responses"]["200"]["content"] = {
            "application/x-unsupported": {"schema": {"type": "object"}}
        }

    workspace.edit_spec(unsupported_media_type)
    result = workspace.run("generate")

    assert result.returncode != 0
    assert "Warning(s) encountered" in result.stderr
    assert "warnings are errors" in result.stderr
    assert tree_digest(workspace.root / "generated") == before


@pytest.mark.parametrize("drift", ["none", "changed", "added", "removed"])
def test_check_generated_fails_on_any_difference(workspace: Workspace, drift: str) -> None:
    models = workspace.root / "generated" / "determined_api" / "models"
    if drift == "changed":
        with (models / "experiment.py").open("a") as f:
            f.write("# hand edit\n")
    elif drift == "added":
        (models / "extra.py").write_text("")
    elif drift == "removed":
        (models / "template.py").unlink()

    result = workspace.run("check-generated")

    if drift == "none":  # so the failures below are the drift's doing
        assert result.returncode == 0, result.stdout + result.stderr
        assert "generated/ matches openapi.yaml" in result.stdout
    else:
        assert result.returncode != 0
        assert "differs from what openapi.yaml produces" in result.stderr
