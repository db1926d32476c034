"""Our Spectral rules fire on the mistakes they exist to catch, and only there.

Spectral runs over a slice of openapi.yaml (real operations, verbatim) with five mistakes made
in it. That openapi.yaml itself has no finding of any severity is `scripts/lint`'s job
(`--fail-severity=hint`), which `make test` and CI run.
"""

from __future__ import annotations

import json
import subprocess

from .conftest import ROOT, Workspace

SPECTRAL = ROOT / "node_modules" / ".bin" / "spectral"


def spectral(workspace: Workspace) -> list[dict]:
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

    # Every finding, of every rule: the slice's unbroken operations give none.
    assert found == {
        ("public-operations-opt-out-of-security", "paths./api/v1/auth/login.post"),
        ("public-operations-opt-out-of-security", "paths./api/v1/master.get"),
        # Given a token, getClusterInfo is a token operation, which must document 401
        # (login documents 401 already: a wrong password).
        ("token-operation-documents-401", "paths./api/v1/master.get"),
        ("operation-documents-default-response", "paths./api/v1/me.get"),
        ("token-operation-documents-401", "paths./api/v1/users.get"),
        ("success-response-has-example", "paths./api/v1/models.get"),
    }
