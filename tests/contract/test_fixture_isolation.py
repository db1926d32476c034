"""The issue's scenario with the plugin's session-scoped ``determined_session``: one test that
makes a ``with_*`` copy of the shared client must not change the session for the tests after it.

The two tests run in file order against the same session (and the same Prism mock).
"""

from __future__ import annotations

import httpx

from determined_api.api.users import get_me
from determined_client import Session

SHARED: dict[str, object] = {}


def test_one_test_makes_copies_of_the_shared_client(determined_session: Session) -> None:
    SHARED["session"] = determined_session
    copy = determined_session.client.with_headers({"X-From-Test-One": "1"})
    assert get_me.sync(client=copy) is not None
    impatient = determined_session.client.with_timeout(httpx.Timeout(0.000_001))
    sticky = determined_session.client.with_cookies({"route": "one"})
    assert impatient.get_httpx_client().timeout == httpx.Timeout(0.000_001)
    assert get_me.sync(client=sticky) is not None


def test_the_next_test_gets_the_session_unchanged(determined_session: Session) -> None:
    assert SHARED.get("session") is determined_session  # really the same, shared session
    http = determined_session.client.get_httpx_client()
    assert "X-From-Test-One" not in http.headers
    assert http.timeout == determined_session.timeout != httpx.Timeout(0.000_001)
    assert len(http.cookies) == 0
    assert determined_session.call(get_me).user.username  # and it still works
