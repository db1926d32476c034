"""The official `det` CLI (determined 0.38.1) runs unchanged against the packaged mock.

The commands users run most, in their usual output forms (tables, --json, --csv, YAML), with
the quirks of real use: no Content-Type on bodies, ids as strings (`det token revoke 5`), no
body when a message is empty, `-m` instead of DET_MASTER, the password prompt, the token
cache. Each asserts exit 0 and parses the output against what the contract's examples say.
Every command first calls `GET /info`, then logs in and checks its token with `/api/v1/me`.
"""

from __future__ import annotations

import csv
import io
import json

import yaml

from .._sdk import Det, contract_example, table

EXPERIMENTS = "/api/v1/experiments"


def experiment_names() -> set[str]:
    return {e["name"] for e in contract_example("get", EXPERIMENTS)["experiments"]}


def the_experiment() -> dict:  # type: ignore[type-arg]
    experiment: dict = contract_example("get", EXPERIMENTS + "/{id}")["experiment"]  # type: ignore[type-arg]
    return experiment


def test_master_info(det: Det) -> None:
    info = yaml.safe_load(det.ok("master", "info"))
    expected = contract_example("get", "/api/v1/master")
    assert info["clusterName"] == expected["clusterName"] and info["version"] == expected["version"]


def test_master_info_json_with_the_master_flag(det: Det) -> None:
    """`det -m URL`, with no DET_MASTER at all."""
    url, det.master = det.master, None
    assert url is not None
    info = json.loads(det.ok("-m", url, "master", "info", "--json"))
    assert info["masterId"] == contract_example("get", "/api/v1/master")["masterId"]


def test_version_reads_info(det: Det) -> None:
    """`GET /info` answers what GET /api/v1/master does, without a token."""
    version = yaml.safe_load(det.ok("version"))
    assert version["client"]["version"] == "0.38.1"
    assert version["master"]["clusterId"] == contract_example("get", "/api/v1/master")["clusterId"]


def test_login_whoami_logout(det: Det) -> None:
    """`det user login determined` prompts for the password (empty here), stores the token in
    $HOME/.config/determined/auth.json, and logout takes it out again."""
    det.ok("user", "login", "determined")
    store = json.loads(det.auth_json.read_text())
    [(master, entry)] = store["masters"].items()
    assert entry["active_user"] == "determined" and entry["tokens"]["determined"]
    assert det.ok("user", "whoami").strip() == "You are logged in as user 'determined'"
    det.ok("user", "logout")
    store = json.loads(det.auth_json.read_text())
    assert "determined" not in store["masters"][master].get("tokens", {})


def test_user_list(det: Det) -> None:
    rows = table(det.ok("user", "list"))
    assert {r["Username"] for r in rows} == {
        u["username"] for u in contract_example("get", "/api/v1/users")["users"] if u["active"]
    }


def test_experiment_list(det: Det) -> None:
    """Lists the user's own, unarchived experiments: users=determined&archived=false."""
    rows = table(det.ok("experiment", "list"))
    assert rows and {r["Name"] for r in rows} <= experiment_names()
    assert the_experiment()["name"] in {r["Name"] for r in rows}


def test_experiment_list_all_as_csv(det: Det) -> None:
    rows = list(csv.DictReader(io.StringIO(det.ok("experiment", "list", "--all", "--csv"))))
    assert {r["Name"] for r in rows} == experiment_names()
    assert "Archived" in rows[0]


def test_experiment_describe(det: Det) -> None:
    experiment = the_experiment()
    out = det.ok("experiment", "describe", str(experiment["id"]))
    [row] = table(out.split("Trials:")[0])
    assert row["Experiment ID"] == str(experiment["id"]) and row["Name"] == experiment["name"]


def test_experiment_describe_json(det: Det) -> None:
    experiment = the_experiment()
    [answer] = json.loads(det.ok("experiment", "describe", str(experiment["id"]), "--json"))
    assert answer["experiment"]["name"] == experiment["name"]


def test_experiment_archive_and_unarchive(det: Det) -> None:
    """POSTs whose request message is empty: the CLI sends no body at all."""
    experiment_id = str(the_experiment()["id"])
    assert (
        det.ok("experiment", "archive", experiment_id).strip()
        == f"Archived experiment {experiment_id}"
    )
    assert (
        det.ok("experiment", "unarchive", experiment_id).strip()
        == f"Unarchived experiment {experiment_id}"
    )


def test_checkpoint_describe(det: Det) -> None:
    checkpoint = contract_example("get", "/api/v1/checkpoints/{uuid}")["checkpoint"]
    [row] = table(det.ok("checkpoint", "describe", checkpoint["uuid"]))
    assert row["Checkpoint UUID"] == checkpoint["uuid"]


def test_model_list(det: Det) -> None:
    models = contract_example("get", "/api/v1/models")["models"]
    assert {r["Name"] for r in table(det.ok("model", "list"))} == {m["name"] for m in models}
    listed = json.loads(det.ok("model", "list", "--json"))
    assert [m["name"] for m in listed] == [m["name"] for m in models]


def test_template_list(det: Det) -> None:
    templates = contract_example("get", "/api/v1/templates")["templates"]
    assert {r["Name"] for r in table(det.ok("template", "list"))} == {t["name"] for t in templates}


def test_token_list(det: Det) -> None:
    tokens = contract_example("get", "/api/v1/tokens")["tokenInfo"]
    rows = table(det.ok("token", "list"))
    assert [r["ID"] for r in rows] == [str(t["id"]) for t in tokens]
    listed = json.loads(det.ok("token", "list", "--json"))
    assert [t["id"] for t in listed] == [t["id"] for t in tokens]


def test_token_create(det: Det) -> None:
    """Looks the user up by name, then POSTs {userId, lifespan, description}."""
    created = contract_example("post", "/api/v1/tokens")
    out = det.ok("token", "create")
    assert out.splitlines() == [
        f"TokenID: {created['tokenId']}",
        f"Access-Token: {created['token']}",
    ]
    as_json = json.loads(
        det.ok("token", "create", "--description", "ci", "--expiration-days", "2", "--json")
    )
    assert as_json == {"token": created["token"], "tokenId": created["tokenId"]}


def test_token_revoke_and_edit_send_the_id_as_a_string(det: Det) -> None:
    """`det token revoke 5` puts "tokenId": "5" (argv, a string) in the body."""
    for command in (["revoke", "5"], ["edit", "5", "--description", "renamed"]):
        out = det.ok("token", *command)
        answer = json.loads(out[: out.rindex("}") + 1])
        assert answer["tokenInfo"]["id"] == 5
        assert "5" in out.splitlines()[-1]  # "Successfully revoked token 5." / "...updated..."


def test_token_describe(det: Det) -> None:
    [token] = json.loads(det.ok("token", "describe", "5", "--json"))
    assert token["id"] == 5


def test_master_logs_reads_a_stream(det: Det) -> None:
    """A streaming operation: newline-delimited `{"result": ...}` lines, printed one by one."""
    entry = contract_example("get", "/api/v1/master/logs")["result"]["logEntry"]
    lines = det.ok("master", "logs").splitlines()
    assert lines and entry["message"] in lines[0]


def test_token_login(det: Det) -> None:
    """`det token login TOKEN` checks an access token on /api/v1/me, then caches it."""
    token = contract_example("post", "/api/v1/tokens")["token"]
    assert det.ok("token", "login", token).strip() == "Authenticated as determined."
    assert token in det.auth_json.read_text()
    assert det.ok("user", "whoami").strip() == "You are logged in as user 'determined'"
