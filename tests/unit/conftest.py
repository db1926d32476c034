"""A fake master on httpx.MockTransport, and isolation from the developer's environment."""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from determined_client import RetryPolicy, hash_password

from ..oracle import OfficialSDK, fetch_wheel

FAST = RetryPolicy(max_retries=2, backoff_base=0.001, backoff_cap=0.005, retry_after_cap=0.01)
ENV_VARS = (
    "DET_MASTER",
    "DET_USER",
    "DET_PASS",
    "DET_USER_TOKEN",
    "DETERMINED_AI_TOKEN",
    "DET_MASTER_CERT_FILE",
    "DET_MASTER_ADDR",
    # What httpx and requests read: the machine's own settings must not steer the tests.
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "REQUESTS_CA_BUNDLE",
    "CURL_CA_BUNDLE",
    *(
        v
        for name in ("HTTP", "HTTPS", "ALL", "NO")
        for v in (f"{name}_PROXY", f"{name.lower()}_proxy")
    ),
)


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No DET_* from the developer's shell; config and home under tmp_path."""
    for var in ENV_VARS:
        monkeypatch.delenv(var, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home / ".config"


def experiment(i: int) -> dict[str, Any]:
    return {
        "id": i,
        "name": f"exp-{i}",
        "state": "STATE_COMPLETED",
        "startTime": "2024-01-01T00:00:00Z",
        "username": "determined",
        "archived": False,
        "config": {},
        "jobId": f"job-{i}",
        "numTrials": 1,
        "originalConfig": "",
        "projectId": 1,
        "projectOwnerId": 1,
        "searcherType": "single",
    }


def error(status: int, reason: str, message: str) -> httpx.Response:
    return httpx.Response(status, json={"error": {"code": 0, "reason": reason, "error": message}})


class FakeMaster:
    """Enough of a master to log in, check tokens, list and page experiments."""

    def __init__(self, users: dict[str, str] | None = None, n_experiments: int = 5) -> None:
        self.users = {"determined": "", "alice": "secret"} if users is None else users
        self.tokens: set[str] = set()
        self.logins = 0
        self.requests: list[httpx.Request] = []
        self.n_experiments = n_experiments
        self.routes: dict[tuple[str, str], Callable[[httpx.Request], httpx.Response]] = {}
        self.login_delay = 0.0
        self.request_delay = 0.0
        self.sync_delay = 0.0
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def issue(self) -> str:
        token = f"tok-{next(self._ids)}"
        self.tokens.add(token)
        return token

    def bearer(self, request: httpx.Request) -> str | None:
        auth = request.headers.get("Authorization", "")
        return auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else None

    def handle(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
        if self.sync_delay and request.url.path == "/api/v1/me":
            time.sleep(self.sync_delay)
        return self.dispatch(request)

    def dispatch(self, request: httpx.Request) -> httpx.Response:
        """Answer without recording (for wrappers that already recorded the request)."""
        key = (request.method, request.url.path)
        if key in self.routes:
            return self.routes[key](request)
        if key == ("POST", "/api/v1/auth/login"):
            body = json.loads(request.content)
            want = self.users.get(body["username"])
            if want is None or not body.get("isHashed") or body["password"] != hash_password(want):
                return error(401, "Unauthenticated", "invalid credentials")
            with self._lock:
                self.logins += 1
                token = self.issue()
            return httpx.Response(200, json={"token": token, "user": self.user(body["username"])})
        if self.bearer(request) not in self.tokens:
            return error(401, "Unauthenticated", "invalid credentials")
        if key == ("POST", "/api/v1/auth/logout"):
            self.tokens.discard(self.bearer(request) or "")
            return httpx.Response(200, json={})  # a real master answers `{}`
        if key == ("GET", "/api/v1/me"):
            return httpx.Response(200, json={"user": self.user("determined")})
        if key == ("GET", "/api/v1/experiments"):
            offset = int(request.url.params.get("offset", 0))
            limit = int(request.url.params.get("limit", 100))
            end = min(offset + limit, self.n_experiments)
            page = [experiment(i) for i in range(offset, end)]
            pagination = {"offset": offset, "limit": limit, "startIndex": offset}
            pagination |= {"endIndex": end, "total": self.n_experiments}
            return httpx.Response(200, json={"experiments": page, "pagination": pagination})
        if request.method == "GET" and request.url.path.startswith("/api/v1/experiments/"):
            i = int(request.url.path.rsplit("/", 1)[1])
            return httpx.Response(200, json={"experiment": experiment(i)})
        if request.url.path.endswith("/archive"):
            return httpx.Response(200, json={})
        return error(404, "NotFound", f"no route {request.url.path}")

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/auth/login" and self.login_delay:
            await asyncio.sleep(self.login_delay)
        elif self.request_delay:
            await asyncio.sleep(self.request_delay)
        return self.handle(request)

    @staticmethod
    def user(name: str) -> dict[str, Any]:
        return {"username": name, "admin": True, "active": True, "id": 1}

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def async_transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.ahandle)

    def count(self, path: str) -> int:
        return sum(1 for r in self.requests if r.url.path == path)


@pytest.fixture
def master() -> FakeMaster:
    return FakeMaster()


MASTER = "http://det.test:8080"


def session_kwargs(fake: FakeMaster, **kw: Any) -> dict[str, Any]:
    """Arguments for a Session/AsyncSession talking to ``fake``."""
    base: dict[str, Any] = {
        "master": MASTER,
        "transport": fake.transport(),
        "async_transport": fake.async_transport(),
        "retry": FAST,
    }
    return base | kw


@pytest.fixture(scope="session")
def official(request: pytest.FixtureRequest) -> OfficialSDK:
    """The official SDK's own functions, read from its wheel (a test oracle only)."""
    return OfficialSDK(fetch_wheel(request.config.cache.mkdir("determined-sdk")))
