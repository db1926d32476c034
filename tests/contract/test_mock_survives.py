"""The mock outlives any request: Prism quotes a bad request in its sl-violations header, and
Node refuses a header with a character outside Latin-1 (the whole mock process used to die
on a map key such as "ключ"). testing/safe_headers.cjs escapes such characters as JSON
\\uXXXX, so the violation still names the key, and the next request is answered."""

from __future__ import annotations

import httpx
import pytest

from determined_api.api.cluster import get_cluster_info
from determined_client import BadRequestError, Session


@pytest.mark.parametrize("key", ["ключ", "名前", "emoji-😀", "Zürich"])
def test_a_violation_quoting_any_text_is_reported_and_the_mock_lives_on(
    determined_session: Session, key: str
) -> None:
    body = {"checkpoints": [{"uuid": "x", "resources": {"resources": {key: {"a": 1}}}}]}
    with pytest.raises(BadRequestError) as info:
        determined_session.request("PATCH", "/api/v1/checkpoints", json=body)
    assert any(key in violation for violation in info.value.violations)
    assert determined_session.call(get_cluster_info).version == "0.38.1"


def test_a_query_value_outside_latin1_is_answered(determined_mock_url: str) -> None:
    r = httpx.get(
        f"{determined_mock_url}/api/v1/experiments",
        params={"limit": "ключ"},
        headers={"Authorization": "Bearer t"},
        trust_env=False,
    )
    assert r.status_code == 400
    assert httpx.get(f"{determined_mock_url}/info", trust_env=False).status_code == 200


@pytest.mark.parametrize("accept", ["nonsense", "<object at 0x7f>", "application/json, ???", ""])
def test_an_accept_header_that_is_no_media_type_is_answered(
    determined_mock_url: str, accept: str
) -> None:
    r = httpx.get(f"{determined_mock_url}/info", headers={"Accept": accept}, trust_env=False)
    assert r.status_code == 200
    assert httpx.get(f"{determined_mock_url}/info", trust_env=False).status_code == 200
