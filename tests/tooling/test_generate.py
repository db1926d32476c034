"""scripts/generate and scripts/check-generated behave as the README promises."""

from __future__ import annotations

import pytest

from .conftest import ROOT, Workspace, tree_digest


def test_regeneration_is_deterministic_and_removes_stale_files(workspace: Workspace) -> None:
    stale = workspace.root / "generated" / "determined_api" / "models" / "removed_model.py"
    stale.write_text("class RemovedModel: ...\n")

    result = workspace.run("generate")

    assert result.returncode == 0, result.stderr
    assert not stale.exists()
    assert tree_digest(workspace.root / "generated") == tree_digest(ROOT / "generated")


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


@pytest.mark.parametrize("drift", ["changed", "added", "removed"])
def test_check_generated_fails_on_any_difference(workspace: Workspace, drift: str) -> None:
    models = workspace.root / "generated" / "determined_api" / "models"
    if drift == "changed":
        with (models / "experiment.py").open("a") as f:
            f.write("# hand edit\n")
    elif drift == "added":
        (models / "extra.py").write_text("")
    else:
        (models / "template.py").unlink()

    result = workspace.run("check-generated")

    assert result.returncode != 0
    assert "differs from what openapi.yaml produces" in result.stderr
