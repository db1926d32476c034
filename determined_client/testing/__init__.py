"""Test helpers for code that talks to Determined: a Prism mock of the pinned contract.

>>> from determined_client.testing import PrismMock
>>> with PrismMock() as mock:
...     ...  # point a Session at mock.url

The pytest plugin (``determined_client.pytest_plugin``, registered automatically) wraps this
in the session-scoped fixtures ``determined_mock_url`` and ``determined_session``.
"""

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
    "PrismMock",
    "PrismNotFoundError",
    "PrismStartError",
    "find_prism",
    "group_alive",
    "spec_path",
]
