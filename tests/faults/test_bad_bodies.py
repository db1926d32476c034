"""Bad bodies: HTML and plain-text errors become typed errors; broken 200s fail validation."""

from __future__ import annotations

import json

import pytest

from determined_api.api.experiments import get_experiment, get_experiments
from determined_api.api.users import get_me
from determined_client import (
    APIResponseValidationError,
    APIStatusError,
    AsyncSession,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DeterminedError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    Session,
)

from ._support import TEST_PASSWORD, TEST_USER, fast_policy, raises
from .faulty_master import FaultyMaster

EXP = "/api/v1/experiments/1"
LIST = "/api/v1/experiments"


def session(master: FaultyMaster, **kw: object) -> Session:
    kw.setdefault("retry", fast_policy(0))
    return Session(master.url, username=TEST_USER, password=TEST_PASSWORD, **kw)  # type: ignore[arg-type]


def asession(master: FaultyMaster, **kw: object) -> AsyncSession:
    kw.setdefault("retry", fast_policy(0))
    return AsyncSession(master.url, username=TEST_USER, password=TEST_PASSWORD, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------- non-JSON error bodies
NON_JSON_ERRORS = [
    # (status, content type, body, expected class, words the message must carry)
    (502, "text/html", None, InternalServerError, "502 Bad Gateway"),
    (500, "text/plain", b"upstream connect error or disconnect/reset before headers\n",
     InternalServerError, "upstream connect error or disconnect/reset before headers"),
    (403, "text/plain", b"RBAC: access denied", PermissionDeniedError, "RBAC: access denied"),
    (404, "text/html", b"<html><body><h1>404 Not Found</h1><p>no route</p></body></html>",
     NotFoundError, "404 Not Found no route"),
    (400, "text/plain", b"bad request: limit must be >= -2", BadRequestError,
     "bad request: limit must be >= -2"),
    (409, "text/html; charset=utf-8", b"<p>Conflict: <b>already archived</b></p>", ConflictError,
     "Conflict: already archived"),
    (401, "text/html", b"<html><title>Sign in</title><body>Please sign in</body></html>",
     AuthenticationError, "Sign in Please sign in"),
    (418, "text/plain", b"I am a teapot", APIStatusError, "I am a teapot"),
]  # fmt: skip


@pytest.mark.fault("non-json-error-body")
@pytest.mark.parametrize(
    ("status", "ctype", "body", "cls", "words"),
    NON_JSON_ERRORS,
    ids=[f"{e[0]}-{e[1].split(';')[0].split('/')[1]}" for e in NON_JSON_ERRORS],
)
def test_non_json_error_body_is_a_readable_typed_error(
    master: FaultyMaster, leaks, status, ctype, body, cls, words
) -> None:
    if body is None:
        master.inject("html-502", times=10, path=EXP)
    else:
        master.inject("status", times=10, path=EXP, status=status, body=body, content_type=ctype)
    # A fixed token, so a 401 from the "proxy" is the caller's error, not a re-login.
    token = master.issue_token()
    with (
        Session(master.url, token=token, cache=False, retry=fast_policy(0)) as s,
        raises(leaks, cls) as err,
    ):
        s.call(get_experiment, experiment_id=1)
    e = err.value
    assert type(e) is cls, type(e)
    assert e.status_code == status
    assert words in e.message
    assert "<" not in e.message, "HTML tags must be stripped from the message"
    assert str(status) in str(e) and words in str(e)
    assert e.method == "GET" and e.url.endswith(EXP)
    assert isinstance(e.body, str) and e.body.strip()  # the raw body is kept for debugging
    if status == 401:
        assert "DET_USER_TOKEN" in str(e) or "token" in str(e).lower()  # says how to fix it


@pytest.mark.fault("non-json-error-body")
async def test_async_html_error_body_is_typed(master: FaultyMaster, leaks) -> None:
    body = b"<html><body><h1>403 Forbidden</h1></body></html>"
    master.inject("status", times=10, path=EXP, status=403, body=body, content_type="text/html")
    async with asession(master) as s:
        with raises(leaks, PermissionDeniedError) as err:
            await s.call(get_experiment, experiment_id=1)
    assert err.value.message == "403 Forbidden"


@pytest.mark.fault("non-json-error-body")
def test_huge_html_error_page_gives_a_short_message(master: FaultyMaster, leaks) -> None:
    page = b"<html><body>" + b"<p>Service Unavailable, please retry.</p>" * 5000 + b"</body></html>"
    master.inject("status", times=10, path=EXP, status=500, body=page, content_type="text/html")
    with session(master) as s, raises(leaks, InternalServerError) as err:
        s.call(get_experiment, experiment_id=1)
    assert err.value.message.startswith("Service Unavailable, please retry.")
    assert len(err.value.message) <= 300
    assert len(str(err.value)) <= 600


@pytest.mark.fault("non-json-error-body")
def test_empty_error_body_still_has_a_message(master: FaultyMaster, leaks) -> None:
    master.inject("status", times=10, path=EXP, status=500, body=b"", content_type="text/plain")
    with session(master) as s, raises(leaks, InternalServerError) as err:
        s.call(get_experiment, experiment_id=1)
    assert err.value.message.strip()  # e.g. the reason phrase


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"error": {"code": 5, "reason": "NotFound", "error": "experiment not found: 1"}}',
         "experiment not found: 1"),
        (b'{"code": 5, "message": "Not Found", "details": []}', "Not Found"),
        (b'{"message": "no such route"}', "no such route"),
    ],
    ids=["master-shape", "grpc-gateway", "top-level-message"],
)  # fmt: skip
def test_json_error_shapes_carry_the_servers_message(
    master: FaultyMaster, leaks, body, message
) -> None:
    master.inject("status", times=10, path=EXP, status=404, body=body)
    with session(master) as s, raises(leaks, NotFoundError) as err:
        s.call(get_experiment, experiment_id=1)
    assert err.value.message == message
    assert err.value.body == json.loads(body)


# ---------------------------------------------------------------- broken 200s
@pytest.mark.fault("truncated-json")
def test_truncated_json_on_200_is_a_validation_error(master: FaultyMaster, leaks) -> None:
    master.inject("truncated-json", times=10, path=LIST)
    with session(master) as s, raises(leaks, APIResponseValidationError) as err:
        s.call(get_experiments)
    e = err.value
    assert e.status_code == 200
    assert "not valid JSON" in str(e) or "JSON" in str(e)
    assert e.method == "GET" and e.url.split("?")[0].endswith(LIST)
    assert len(master.requests_to(LIST)) == 1  # a bad 200 is not retried


@pytest.mark.fault("truncated-json")
async def test_async_truncated_json_on_200_is_a_validation_error(
    master: FaultyMaster, leaks
) -> None:
    master.inject("truncated-json", times=10, path=EXP)
    async with asession(master) as s:
        with raises(leaks, APIResponseValidationError):
            await s.call(get_experiment, experiment_id=1)


@pytest.mark.fault("truncated-json")
def test_truncated_json_via_pagination_is_a_validation_error(master: FaultyMaster, leaks) -> None:
    master.inject("truncated-json", times=10, path=LIST)
    with session(master) as s, raises(leaks, APIResponseValidationError):
        list(s.paginate(get_experiments, page_size=2))


@pytest.mark.fault("invalid-json")
@pytest.mark.parametrize("kind", ["invalid-json", "wrong-shape-json"])
def test_invalid_json_on_200_is_a_validation_error(master: FaultyMaster, leaks, kind) -> None:
    master.inject(kind, times=10, path=EXP)
    with session(master) as s, raises(leaks, APIResponseValidationError) as err:
        s.call(get_experiment, experiment_id=1)
    assert err.value.status_code == 200
    assert isinstance(err.value, DeterminedError)
    assert not isinstance(err.value, (KeyError, TypeError, ValueError, AttributeError))


@pytest.mark.fault("invalid-json")
@pytest.mark.parametrize("kind", ["invalid-json", "wrong-shape-json"])
async def test_async_invalid_json_on_200_is_a_validation_error(
    master: FaultyMaster, leaks, kind
) -> None:
    master.inject(kind, times=10, path=EXP)
    async with asession(master) as s:
        with raises(leaks, APIResponseValidationError):
            await s.call(get_experiment, experiment_id=1)


@pytest.mark.fault("invalid-json")
@pytest.mark.parametrize(
    "body",
    [b"null", b"[]", b'"ok"', b"{}", b'{"user": {"username": 7}}', b'{"user": []}'],
)
def test_json_that_does_not_fit_the_model_is_a_validation_error(
    master: FaultyMaster, leaks, body
) -> None:
    master.inject("status", times=10, path="/api/v1/me", status=200, body=body)
    with session(master) as s, raises(leaks, APIResponseValidationError):
        s.call(get_me)


@pytest.mark.fault("invalid-json")
def test_broken_login_answer_is_a_validation_error_without_the_token(
    master: FaultyMaster, leaks
) -> None:
    # A proxy mangles the login answer: a token is there, but the user is not.
    body = json.dumps({"token": "dtok-mangled-login-answer-secret"}).encode()
    leaks.add("dtok-mangled-login-answer-secret")
    master.inject("status", times=10, path="/api/v1/auth/login", status=200, body=body)
    with session(master) as s, raises(leaks, APIResponseValidationError):
        s.call(get_me)
    assert master.requests_to("/api/v1/me") == []


@pytest.mark.fault("invalid-json")
def test_validation_error_leaves_the_session_usable(master: FaultyMaster, leaks) -> None:
    master.inject("truncated-json", times=1, path=EXP)
    with session(master) as s:
        with raises(leaks, APIResponseValidationError):
            s.call(get_experiment, experiment_id=1)
        assert s.call(get_experiment, experiment_id=1).experiment.id == 1
    assert master.logins == 1
