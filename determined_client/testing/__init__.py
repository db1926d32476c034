"""Test helpers for code that talks to Determined: a mock of the pinned contract.

>>> from determined_client.testing import PrismMock
>>> with PrismMock() as mock:
...     ...  # point a Session (or DET_MASTER, for the det CLI) at mock.url

The mock is Prism serving the packaged ``openapi.yaml``, behind a thin loopback proxy that
reads requests as a real master does (so the official SDK and ``det`` CLI work unchanged).
The pytest plugin (``determined_client.pytest_plugin``, registered automatically) wraps it in
the session-scoped fixtures ``determined_mock``, ``determined_mock_url`` and
``determined_session``; ``python -m determined_client.testing`` serves it on a chosen port.
``Prefer`` (also in ``determined_client``) picks the mock's answer for error paths.
"""

from determined_client._prefer import Prefer
from determined_client._spec import spec_path
from determined_client.testing._prism import (
    MOCK_URL_ENV,
    PRISM_BIN_ENV,
    PRISM_VERSION,
    PrismMock,
    PrismNotFoundError,
    PrismStartError,
    find_prism,
    group_alive,
)

__all__ = [
    "MOCK_URL_ENV",
    "PRISM_BIN_ENV",
    "PRISM_VERSION",
    "Prefer",
    "PrismMock",
    "PrismNotFoundError",
    "PrismStartError",
    "find_prism",
    "group_alive",
    "spec_path",
]
