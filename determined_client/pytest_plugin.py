"""pytest plugin (``pytest11`` entry point ``determined_client``): a Prism mock of the contract.

Installed with determined-client, it gives every test suite these fixtures:

``determined_mock``      (session)  the :class:`determined_client.testing.PrismMock` serving the
                                    pinned ``openapi.yaml``: started once per test session on a
                                    free loopback port and stopped (whole process group) at the
                                    end, or the running mock named by ``$DETERMINED_MOCK_URL``.
                                    Prism is looked up from pytest's rootdir and its parents.
``determined_mock_url``  (session)  its base URL.
``determined_session``   (session)  a logged-in :class:`determined_client.Session` against it.
``determined_async_session`` (function)  a logged-in :class:`determined_client.AsyncSession`;
                                    needs pytest-asyncio.

Prism accepts any credentials; the sessions log in as ``determined`` with an empty password and
``cache=False``, so no token file is written. When a test that uses the mock fails, what the
mock logged since that test started is attached to its report ("determined mock output"; Prism
writes its log a moment late, so the last requests of the test before may show too).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Generator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from determined_client import AsyncSession, Session
    from determined_client.testing import PrismMock

__all__ = [
    "determined_async_session",
    "determined_mock",
    "determined_mock_url",
    "determined_session",
]

MOCK_USERNAME = "determined"
MOCK_PASSWORD = ""  # Prism accepts any credentials
_REPORT_LIMIT = 20_000  # characters of mock output attached to one failing test's report
_MOCK = pytest.StashKey["PrismMock"]()
_OUTPUT_START = pytest.StashKey[int]()


@pytest.fixture(scope="session")
def determined_mock(request: pytest.FixtureRequest) -> Iterator[PrismMock]:
    """The running mock (``.url``, ``.output()``, ``.pid``) of the pinned Determined contract."""
    from determined_client.testing import PrismMock

    with PrismMock(search_paths=(request.config.rootpath,)) as mock:
        request.config.stash[_MOCK] = mock
        try:
            yield mock
        finally:
            del request.config.stash[_MOCK]


@pytest.fixture(scope="session")
def determined_mock_url(determined_mock: PrismMock) -> str:
    """Base URL (no trailing slash) of a Prism mock of the pinned Determined contract."""
    return determined_mock.url


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    mock = item.config.stash.get(_MOCK, None)
    item.stash[_OUTPUT_START] = mock.output_bytes if mock is not None else 0


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Attach what the mock logged during a failing test (Prism's request log and
    violations) to its report."""
    report = yield
    mock = item.config.stash.get(_MOCK, None)
    if mock is not None and report.failed and "determined_mock" in _fixtures(item):
        _settle(mock)
        text = mock.output(since=item.stash.get(_OUTPUT_START, 0))
        if len(text) > _REPORT_LIMIT:
            text = (
                f"[... {len(text) - _REPORT_LIMIT} characters before ...]\n" + text[-_REPORT_LIMIT:]
            )
        if text:
            report.sections.append((f"determined mock output ({report.when})", text))
    return report


@pytest.fixture(scope="session")
def determined_session(determined_mock_url: str) -> Iterator[Session]:
    """A :class:`determined_client.Session` logged in to the mock."""
    from determined_client import Session  # lazily: the plugin loads before any test imports

    session = Session(
        master=determined_mock_url, username=MOCK_USERNAME, password=MOCK_PASSWORD, cache=False
    )
    try:
        session.login()
        yield session
    finally:
        session.close()


def _async_fixture(func: Any) -> Any:
    try:
        import pytest_asyncio
    except ImportError:  # no pytest-asyncio: the fixture explains what is missing
        return pytest.fixture(_needs_pytest_asyncio)
    return pytest_asyncio.fixture(func)


def _needs_pytest_asyncio(determined_mock_url: str) -> None:
    pytest.fail("determined_async_session needs pytest-asyncio: pip install pytest-asyncio")


@_async_fixture
async def determined_async_session(determined_mock_url: str) -> AsyncIterator[AsyncSession]:
    """A :class:`determined_client.AsyncSession` logged in to the mock.

    Function-scoped, so it lives on the test's own event loop (the mock it talks to is the
    session-scoped one).
    """
    from determined_client import AsyncSession

    session = AsyncSession(
        master=determined_mock_url, username=MOCK_USERNAME, password=MOCK_PASSWORD, cache=False
    )
    try:
        await session.login()
        yield session
    finally:
        await session.close()


def _settle(mock: PrismMock, quiet: float = 0.2, limit: float = 2.0) -> None:
    """Prism writes its log asynchronously, a moment after it answers: wait (on failures
    only) until the log has been quiet for ``quiet`` seconds, at most ``limit``."""
    deadline = time.monotonic() + limit
    size = mock.output_bytes
    while time.monotonic() < deadline:
        time.sleep(quiet)
        if (now := mock.output_bytes) == size:
            return
        size = now


def _fixtures(item: pytest.Item) -> list[str]:
    """The fixtures a test uses, dependencies included (none for non-function items)."""
    names = getattr(item, "fixturenames", None)
    return list(names) if names is not None else []
