"""Error paths through the mock, as a downstream test writes them: `prefer=` picks the mock's
answer for one call, and the session raises the typed error; a 400 names the real violation."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from determined_api.api.experiments import get_experiment, get_experiments
from determined_api.api.tokens import patch_access_token
from determined_api.models.patch_access_token_request import PatchAccessTokenRequest
from determined_client import (
    AsyncSession,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    Prefer,
    Session,
)
from determined_client._auth import REJECTED_HINT

from ._support import load_spec


def said(response: str) -> str:
    """The message of one of the contract's shared error answers (its example)."""
    answer = load_spec()["components"]["responses"][response]
    return str(answer["content"]["application/json"]["example"]["error"]["error"])


NOT_FOUND = said("NotFound")
CASES = [
    (Prefer(code=404), NotFoundError, 404, NOT_FOUND),
    (Prefer(code=401), AuthenticationError, 401, said("Unauthorized")),
    (Prefer(code=500), InternalServerError, 500, said("UnexpectedError")),  # `default`
    ("code=404", NotFoundError, 404, NOT_FOUND),  # the raw header value
]


class Recorder(httpx.HTTPTransport):
    """The real transport, noting each request's path and Prefer header."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str | None]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.url.path, request.headers.get("Prefer")))
        return super().handle_request(request)


@pytest.fixture
def recorded(determined_mock_url: str) -> Iterator[tuple[Session, Recorder]]:
    transport = Recorder()
    with Session(
        determined_mock_url, username="determined", password="", cache=False, transport=transport
    ) as session:
        yield session, transport


@pytest.mark.parametrize(("prefer", "error", "status", "message"), CASES)
def test_prefer_makes_the_mock_fail_one_call(
    determined_session: Session,
    prefer: Prefer | str,
    error: type[Exception],
    status: int,
    message: str,
) -> None:
    with pytest.raises(error) as info:
        determined_session.call(get_experiment, experiment_id=42, prefer=prefer)
    assert type(info.value) is error
    assert info.value.status_code == status and info.value.message == message  # type: ignore[attr-defined]
    # the next call is itself again
    assert determined_session.call(get_experiment, experiment_id=42).experiment.id == 42


@pytest.mark.parametrize(("prefer", "error", "status", "message"), CASES)
async def test_prefer_async(
    determined_async_session: AsyncSession,
    prefer: Prefer | str,
    error: type[Exception],
    status: int,
    message: str,
) -> None:
    with pytest.raises(error) as info:
        await determined_async_session.call(get_experiment, experiment_id=42, prefer=prefer)
    assert type(info.value) is error
    assert info.value.status_code == status and info.value.message == message  # type: ignore[attr-defined]
    answer = await determined_async_session.call(get_experiment, experiment_id=42)
    assert answer.experiment.id == 42


def test_a_forced_401_logs_in_once_then_raises(recorded: tuple[Session, Recorder]) -> None:
    """A 401 looks like an expired token: the session logs in again once, retries, and the
    second 401 is raised. The login requests never carry the preference (it would fail them:
    wrong credentials, not an expired token)."""
    session, transport = recorded
    with pytest.raises(AuthenticationError) as info:
        session.call(get_experiment, experiment_id=42, prefer=Prefer(code=401))
    assert "login failed" not in str(info.value)
    login, experiment = "/api/v1/auth/login", "/api/v1/experiments/42"
    assert transport.seen == [
        (login, None),  # the lazy first login
        (experiment, "code=401"),
        (login, None),  # one fresh login
        (experiment, "code=401"),  # one retry, then the error: no loop
    ]


def test_a_forced_401_on_a_token_only_session(determined_mock_url: str) -> None:
    with (
        Session(determined_mock_url, token="a-token", cache=False) as session,
        pytest.raises(AuthenticationError) as info,
    ):
        session.call(get_experiment, experiment_id=42, prefer=Prefer(code=401))
    assert str(info.value).endswith(REJECTED_HINT)


def test_prefer_on_every_page(determined_session: Session) -> None:
    with pytest.raises(InternalServerError):
        list(determined_session.paginate(get_experiments, page_size=10, prefer=Prefer(code=500)))
    assert list(determined_session.paginate(get_experiments, page_size=10))


async def test_prefer_on_every_page_async(determined_async_session: AsyncSession) -> None:
    pages = determined_async_session.paginate(get_experiments, page_size=10, prefer="code=404")
    with pytest.raises(NotFoundError):
        [e async for e in pages]


def test_a_mock_400_names_the_real_violation(determined_session: Session) -> None:
    """The mock's 400 body is a fixed example; the error says what Prism really found."""
    with pytest.raises(BadRequestError) as info:
        determined_session.call(get_experiments, limit="ten")
    error = info.value
    assert error.violations == (
        "request.query.limit: Request query parameter limit must be integer",
    )
    assert error.violations[0] in error.message and error.violations[0] in str(error)


def test_a_body_violation_is_named(determined_session: Session) -> None:
    body = PatchAccessTokenRequest(token_id=5, set_revoked="yes")  # type: ignore[arg-type]
    with pytest.raises(BadRequestError) as info:
        determined_session.call(patch_access_token, token_id=5, body=body)
    assert [v.split(":")[0] for v in info.value.violations] == ["request.body.setRevoked"]


def test_a_forced_400_has_no_violations(determined_session: Session) -> None:
    with pytest.raises(BadRequestError) as info:
        determined_session.call(get_experiment, experiment_id=42, prefer=Prefer(code=400))
    assert info.value.violations == ()


def describe(session: Session, experiment_id: int) -> str:
    """Code under test: it makes its own call, with no idea of the mock."""
    try:
        experiment = session.call(get_experiment, experiment_id=experiment_id).experiment
        return experiment.name if experiment else "no experiment"
    except NotFoundError as error:
        return f"missing ({error.message})"


def test_a_block_fails_the_calls_the_code_under_test_makes(determined_session: Session) -> None:
    with Prefer(code=404):
        assert describe(determined_session, 42) == f"missing ({NOT_FOUND})"
    assert describe(determined_session, 42) == "mnist-pytorch-adaptive"
