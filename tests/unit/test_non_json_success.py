"""A 2xx whose body is not a JSON object is never success: every operation, login and logout.

The check sits in the session's HTTP layer, keyed on the answer alone, so every generated
operation is covered with no per-operation code; this test walks all of them.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import pkgutil
from types import ModuleType
from typing import Any

import httpx
import pytest

import determined_api.api
from determined_api.api.experiments import archive_experiment, get_experiment, unarchive_experiment
from determined_api.models import ArchiveExperimentResponse, UnarchiveExperimentResponse
from determined_api.types import StreamRequest
from determined_client import APIResponseValidationError, AsyncSession, Session, _answers

from .conftest import FakeMaster, experiment, session_kwargs

SIGN_IN = "<html><body><h1>Sign in</h1><form action=/sso>…</form></body></html>"
NOT_AN_OBJECT = [
    httpx.Response(200, html=SIGN_IN),
    httpx.Response(200, text="OK"),
    httpx.Response(200, text='{"experiment": {"id": 1'),  # truncated
    httpx.Response(200, json=[]),
    httpx.Response(200, json="ok"),
    httpx.Response(200, content=b"null", headers={"Content-Type": "application/json"}),
    httpx.Response(200, json=42),
    httpx.Response(200, content=b"\xff\xfe\x00garbage", headers={"Content-Type": "text/plain"}),
    httpx.Response(200, content=b"  \n"),
    httpx.Response(201, html=SIGN_IN),
]


def operations() -> list[ModuleType]:
    found = []
    for tag in pkgutil.iter_modules(determined_api.api.__path__):
        package = importlib.import_module(f"determined_api.api.{tag.name}")
        for op in pkgutil.iter_modules(package.__path__):
            found.append(importlib.import_module(f"{package.__name__}.{op.name}"))
    assert len(found) >= 15
    return found


def kind(op: ModuleType) -> str:
    """ "json", "stream" or "other" (an answer in CSV, text or an archive, asked for with
    its own Accept header), from what the operation's request() prepares."""
    request = op.request(**required_args(op))
    if isinstance(request, StreamRequest):
        return "stream"
    return "other" if "Accept" in request.kwargs.get("headers", {}) else "json"


OPERATIONS = operations()


class AnyBody:
    """Stands in for any request model: the answer is what is under test."""

    def to_dict(self) -> dict[str, Any]:
        return {}


def required_args(op: ModuleType) -> dict[str, Any]:
    args: dict[str, Any] = {}
    for name, param in inspect.signature(op.sync_detailed).parameters.items():
        if name == "client" or param.default is not inspect.Parameter.empty:
            continue
        annotation = str(param.annotation)
        if name == "body" and "str" not in annotation:
            args[name] = AnyBody()
        elif "datetime.datetime" in annotation:
            args[name] = datetime.datetime(2026, 11, 30, tzinfo=datetime.UTC)
        elif "datetime.date" in annotation:
            args[name] = datetime.date(2026, 11, 30)
        else:
            args[name] = 1 if "int" in annotation else "x"
    return args


def session_answering(response: httpx.Response) -> Session:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            response.status_code, headers=response.headers, content=response.content
        )

    return Session(
        "http://det.test:8080", token="t", cache=False, transport=httpx.MockTransport(handler)
    )


def async_session_answering(response: httpx.Response) -> AsyncSession:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            response.status_code, headers=response.headers, content=response.content
        )

    return AsyncSession(
        "http://det.test:8080",
        token="t",
        cache=False,
        async_transport=httpx.MockTransport(handler),
    )


JSON_OPERATIONS = [op for op in OPERATIONS if kind(op) == "json"]
STREAM_OPERATIONS = [op for op in OPERATIONS if kind(op) == "stream"]
OTHER_OPERATIONS = [op for op in OPERATIONS if kind(op) == "other"]


def test_every_operation_is_classified() -> None:
    assert len(STREAM_OPERATIONS) == 14
    assert {op.__name__.rsplit(".", 1)[-1] for op in OTHER_OPERATIONS} == {
        "download_checkpoint",
        "download_model_def_file",
        "get_aggregated_resource_allocation_csv",
        "get_allocations_csv",
        "get_raw_resource_allocation_csv",
    }
    assert len(JSON_OPERATIONS) == len(OPERATIONS) - 14 - 5


@pytest.mark.parametrize("op", JSON_OPERATIONS, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
@pytest.mark.parametrize("response", NOT_AN_OBJECT, ids=range(len(NOT_AN_OBJECT)))
def test_every_operation_rejects_a_body_that_is_not_a_json_object(
    op: ModuleType, response: httpx.Response
) -> None:
    s = session_answering(response)
    with pytest.raises(APIResponseValidationError) as info:
        s.call(op, **required_args(op))
    err = info.value
    assert err.status_code == response.status_code
    assert err.method and err.url.startswith("http://det.test:8080/")
    if b"Sign in" in response.content:
        assert err.body == SIGN_IN and "Sign in" in err.message
        assert "is not JSON (text/html" in err.message
    with pytest.raises(APIResponseValidationError):  # the generated function directly too
        op.sync(client=s.client, **required_args(op))


@pytest.mark.parametrize("op", STREAM_OPERATIONS, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
@pytest.mark.parametrize("response", NOT_AN_OBJECT[:8], ids=range(8))
def test_every_stream_rejects_a_line_that_is_not_a_json_object(
    op: ModuleType, response: httpx.Response
) -> None:
    s = session_answering(response)
    with pytest.raises(APIResponseValidationError) as info:
        list(s.stream(op, **required_args(op)))
    assert info.value.status_code == response.status_code


@pytest.mark.parametrize("op", OTHER_OPERATIONS, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_answers_that_are_not_json_by_contract_are_taken_as_they_are(op: ModuleType) -> None:
    s = session_answering(
        httpx.Response(200, text="a,b\n1,2\n", headers={"Content-Type": "text/csv"})
    )
    answer = s.call(op, **required_args(op))
    assert answer == "a,b\n1,2\n" or answer.payload.read() == b"a,b\n1,2\n"


@pytest.mark.parametrize(
    ("op", "model"),
    [
        (archive_experiment, ArchiveExperimentResponse),
        (unarchive_experiment, UnarchiveExperimentResponse),
    ],
)
def test_operations_answering_an_empty_object_accept_it(op: ModuleType, model: type) -> None:
    s = session_answering(httpx.Response(200, json={}))
    assert s.call(op, experiment_id=42) == model()


def test_empty_object_is_still_checked_against_the_model() -> None:
    s = session_answering(httpx.Response(200, json={}))
    with pytest.raises(APIResponseValidationError, match="does not fit the model"):
        s.call(get_experiment, experiment_id=42)


@pytest.mark.parametrize("op", [archive_experiment, unarchive_experiment])
def test_an_empty_body_is_not_success(op: ModuleType) -> None:
    """A master answers `{}`: an empty 200 is something else (a proxy, a broken master)."""
    s = session_answering(httpx.Response(200))
    with pytest.raises(APIResponseValidationError, match="is empty"):
        s.call(op, experiment_id=42)


def test_a_request_for_another_type_is_not_held_to_json() -> None:
    """A caller that asks for something else (Accept without json) gets it as it is."""
    s = session_answering(
        httpx.Response(200, text="a,b\n1,2\n", headers={"Content-Type": "text/csv"})
    )
    csv = s.client.with_headers({"Accept": "text/csv"}).get_httpx_client().get("/resources/x")
    assert csv.text == "a,b\n1,2\n"
    with pytest.raises(APIResponseValidationError):
        s.client.get_httpx_client().get("/resources/x")


def sign_in_master(master: FakeMaster) -> None:
    for key in [("POST", "/api/v1/auth/login"), ("POST", "/api/v1/auth/logout")]:
        master.routes[key] = lambda r: httpx.Response(200, html=SIGN_IN)


def test_login_and_logout_reject_a_sign_in_page(master: FakeMaster) -> None:
    s = Session(**session_kwargs(master, username="alice", password="secret"))
    sign_in_master(master)
    with pytest.raises(APIResponseValidationError, match="is not JSON") as login:
        s.login()
    assert login.value.status_code == 200 and login.value.url.endswith("/api/v1/auth/login")
    del master.routes[("POST", "/api/v1/auth/login")]
    s.login()
    with pytest.raises(APIResponseValidationError, match="is not JSON"):
        s.logout()
    del master.routes[("POST", "/api/v1/auth/logout")]
    s.logout()  # the token was kept: logout again works
    assert master.tokens == set()


async def test_async_rejects_a_sign_in_page(master: FakeMaster) -> None:
    async with AsyncSession(**session_kwargs(master, username="alice", password="secret")) as s:
        sign_in_master(master)
        with pytest.raises(APIResponseValidationError, match="is not JSON"):
            await s.login()
        master.routes[("POST", "/api/v1/experiments/42/archive")] = lambda r: httpx.Response(
            200, html=SIGN_IN
        )
        del master.routes[("POST", "/api/v1/auth/login")]
        with pytest.raises(APIResponseValidationError) as info:
            await s.call(archive_experiment, experiment_id=42)
        assert info.value.body == SIGN_IN


BIG = _answers.FULL_CHECK_BYTES * 2


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"experiment": {"name": "' + b"x" * BIG, "is not JSON"),  # truncated
        (b"[" + b"1," * BIG + b"1]", "is a JSON list"),
        (b"<html>" + b"x" * BIG + b"</html>", "is not JSON"),
        (b'{"experiment": ' + b" " * BIG + b"oops}", "is not valid JSON"),  # by the model parse
    ],
)
def test_large_bodies_are_checked_too(content: bytes, words: str) -> None:
    s = session_answering(httpx.Response(200, content=content))
    with pytest.raises(APIResponseValidationError, match=words) as info:
        s.call(get_experiment, experiment_id=42)
    assert info.value.status_code == 200


def decodes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of every document the client decodes: msgspec's decoder and json.loads
    (decode_json's fallback, and whatever else might call it) both counted."""
    import json

    from determined_api import types

    sizes: list[int] = []
    fast, slow = types._decode, json.loads

    def counting_fast(text: Any) -> Any:
        sizes.append(len(text))
        return fast(text)

    def counting_slow(text: Any, **kw: Any) -> Any:
        sizes.append(len(text))
        return slow(text, **kw)

    monkeypatch.setattr(types, "_decode", counting_fast)
    monkeypatch.setattr(json, "loads", counting_slow)
    return sizes


@pytest.mark.parametrize("name", ["x", "x" * BIG], ids=["small", "large"])
async def test_every_answer_is_decoded_once(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """The check and the model share one decode: a small answer (checked in full) and a large
    one alike, through call, paginate and their async twins."""
    from determined_api.api.experiments import get_experiments

    one = httpx.Response(200, json={"experiment": {**experiment(42), "name": name}})
    page = httpx.Response(
        200,
        json={
            "experiments": [{**experiment(42), "name": name}],
            "pagination": {"offset": 0, "limit": 10, "startIndex": 0, "endIndex": 1, "total": 1},
        },
    )
    sizes = decodes(monkeypatch)
    assert session_answering(one).call(get_experiment, experiment_id=42).experiment.name == name
    assert sizes == [len(one.content)]
    sizes.clear()
    assert [e.name for e in session_answering(page).paginate(get_experiments)] == [name]
    assert sizes == [len(page.content)]
    for answer in (one, page):
        sizes.clear()
        async with async_session_answering(answer) as a:
            if answer is one:
                assert (await a.call(get_experiment, experiment_id=42)).experiment.name == name
            else:
                assert [e.name async for e in a.paginate(get_experiments)] == [name]
        assert sizes == [len(answer.content)]
