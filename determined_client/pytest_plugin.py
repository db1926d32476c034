"""pytest plugin (``pytest11`` entry point ``determined_client``): a Prism mock of the contract.

Installed with determined-client, it gives every test suite these fixtures:

``determined_mock_url``  (session)  base URL of a Prism mock serving the pinned ``openapi.yaml``;
                                    started once per test session on a free loopback port and
                                    stopped (whole process group) at the end, or the running mock
                                    named by ``$DETERMINED_MOCK_URL``.
``determined_session``   (session)  a logged-in :class:`determined_client.Session` against it.
``determined_async_session`` (function)  a logged-in :class:`determined_client.AsyncSession`;
                                    needs pytest-asyncio.

Prism accepts any credentials; the sessions log in as ``determined`` with an empty password and
``cache=False``, so no token file is written.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from determined_client import AsyncSession, Session

__all__ = ["determined_async_session", "determined_mock_url", "determined_session"]

MOCK_USERNAME = "determined"
MOCK_PASSWORD = ""  # Prism accepts any credentials


@pytest.fixture(scope="session")
def determined_mock_url() -> Iterator[str]:
    """Base URL (no trailing slash) of a Prism mock of the pinned Determined contract."""
    from determined_client.testing import PrismMock

    with PrismMock() as mock:
        yield mock.url


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
