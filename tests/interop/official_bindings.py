"""Run inside the official SDK's venv (never ours): call the official bindings for the seed's
operations against the master named on the command line, and print one JSON report.

Each entry is {"ok": true, "result": <the binding's to_json()>} or {"ok": false, "error": ...},
so the pytest side asserts per operation what came back. The order is a real session's:
log in, read, create and revoke a token, log out.
"""

import json
import sys
import traceback

from determined.common import api
from determined.common.api import bindings

master, checkpoint_uuid, experiment_id = sys.argv[1], sys.argv[2], int(sys.argv[3])
report = {}


def call(name, fn):
    try:
        result = fn()
        report[name] = {"ok": True, "result": result.to_json() if result is not None else None}
    except Exception as exc:  # every failure is reported, not raised
        report[name] = {
            "ok": False,
            "error": f"{type(exc).__name__}: {exc}",
            "trace": traceback.format_exc(),
        }


unauth = api.UnauthSession(master=master, cert=None, max_retries=0)
login = bindings.v1LoginRequest(
    username="determined", password=api.salt_and_hash(""), isHashed=True
)
call("post_Login", lambda: bindings.post_Login(unauth, body=login))
token = report["post_Login"].get("result", {}).get("token", "no-token")
sess = api.Session(master=master, username="determined", token=token, cert=None, max_retries=0)

call("get_GetMaster", lambda: bindings.get_GetMaster(unauth))
call("get_GetMe", lambda: bindings.get_GetMe(sess))
call("get_GetUsers", lambda: bindings.get_GetUsers(sess, limit=10, active=True))
call(
    "get_GetExperiments",
    lambda: bindings.get_GetExperiments(
        sess,
        limit=10,
        archived=False,
        users=["determined"],
        orderBy=bindings.v1OrderBy.DESC,
        sortBy=bindings.v1GetExperimentsRequestSortBy.ID,
        states=[bindings.experimentv1State.ACTIVE],
    ),
)
call("get_GetExperiment", lambda: bindings.get_GetExperiment(sess, experimentId=experiment_id))
call("get_GetModels", lambda: bindings.get_GetModels(sess, limit=10, archived=False))
call("get_GetCheckpoint", lambda: bindings.get_GetCheckpoint(sess, checkpointUuid=checkpoint_uuid))
call("get_GetTemplates", lambda: bindings.get_GetTemplates(sess, limit=10))
call("get_GetAccessTokens", lambda: bindings.get_GetAccessTokens(sess, showInactive=True))
call(
    "post_PostAccessToken",
    lambda: bindings.post_PostAccessToken(
        sess, body=bindings.v1PostAccessTokenRequest(userId=2, lifespan="720h", description="ci")
    ),
)
call(
    "patch_PatchAccessToken",
    lambda: bindings.patch_PatchAccessToken(
        sess, tokenId=5, body=bindings.v1PatchAccessTokenRequest(tokenId=5, setRevoked=True)
    ),
)
# What `det token revoke 5` sends: the id from argv, a string, in the body.
call(
    "patch_PatchAccessToken_string_id",
    lambda: bindings.patch_PatchAccessToken(
        sess, tokenId="5", body=bindings.v1PatchAccessTokenRequest(tokenId="5", setRevoked=True)
    ),
)
call("post_ArchiveExperiment", lambda: bindings.post_ArchiveExperiment(sess, id=experiment_id))
call("post_UnarchiveExperiment", lambda: bindings.post_UnarchiveExperiment(sess, id=experiment_id))
call("post_Logout", lambda: bindings.post_Logout(sess))

print(json.dumps(report))
