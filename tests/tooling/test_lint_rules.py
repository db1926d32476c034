"""Our Spectral rules fire on the mistakes they exist to catch (and not on openapi.yaml)."""

from __future__ import annotations

import json
import shutil
import subprocess

from .conftest import ROOT, Workspace

SPECTRAL = ROOT / "node_modules" / ".bin" / "spectral"


def spectral(workspace: Workspace) -> list[dict]:
    shutil.copy2(ROOT / ".spectral.yaml", workspace.root / ".spectral.yaml")
    result = subprocess.run(
        [str(SPECTRAL), "lint", "openapi.yaml", "--ruleset", ".spectral.yaml", "-f", "json", "-q"],
        cwd=workspace.root, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    return json.loads(result.stdout or "[]")


def test_each_house_rule_fires_where_it_should(workspace: Workspace) -> None:
    def break_rules(spec: dict) -> None:
        paths = spec["paths"]
        del paths["/api/v1/auth/login"]["post"]["security"]
        paths["/api/v1/master"]["get"]["security"] = [{"bearerAuth": []}]
        del paths["/api/v1/me"]["get"]["responses"]["default"]
        del paths["/api/v1/users"]["get"]["responses"]["401"]
        del paths["/api/v1/models"]["get"]["responses"]["200"]["content"]["application/json"][
            "example"
        ]

    workspace.edit_spec(break_rules)
    found = {(r["code"], ".".join(map(str, r["path"][:3]))) for r in spectral(workspace)}

    assert ("public-operations-opt-out-of-security", "paths./api/v1/auth/login.post") in found
    assert ("public-operations-opt-out-of-security", "paths./api/v1/master.get") in found
    assert ("operation-documents-default-response", "paths./api/v1/me.get") in found
    assert ("token-operation-documents-401", "paths./api/v1/users.get") in found
    assert ("success-response-has-example", "paths./api/v1/models.get") in found


def test_the_contract_itself_is_clean(workspace: Workspace) -> None:
    assert spectral(workspace) == []
