"""A scriptable, misbehaving Determined master for fault-injection tests.

`FaultyMaster` is a real HTTP(S) server on 127.0.0.1 (a free port, threaded stdlib server).
It serves enough of the master for the session layer (login, logout, me, master info,
experiments, archive) and can be told, per test, to misbehave:

    master.inject("retry-after-503", times=2, retry_after="1")
    master.inject("html-502", path="/api/v1/experiments")
    master.inject("truncated-json")        # 200 with half a JSON document
    master.inject("reset")                 # RST the connection (SO_LINGER 0)
    master.inject("reset-mid-body")        # 200 headers, half the body, then RST
    master.inject("hang", seconds=30)      # never answer (until stop)
    master.inject("redirect", location=other.url + "/api/v1/experiments/1")
    master.inject("retry-after-503", path="/api/v1/auth/login", delay=0.3)  # a slow failure
    master.token_max_calls = 40            # every token dies after 40 authenticated calls
    master.token_ttl = 0.5                 # ... or after 0.5 s
    master.expire_all_tokens()             # ... or now

Faults are consumed in the order they were injected, by the first requests that match
their method and path. Every request is recorded (`master.requests`) with its method,
path, query, headers and body, including the ones a fault answered.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import secrets
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

SALT = "GubPEmmotfiK9TMD6Zdw"


def salted_hash(password: str) -> str:
    """The hash the official clients send instead of the password (isHashed: true)."""
    return hashlib.sha512((SALT + password).encode()).hexdigest()


def error_body(code: int, reason: str, message: str) -> bytes:
    """The master's own error shape."""
    return json.dumps({"error": {"code": code, "reason": reason, "error": message}}).encode()


UNAUTHENTICATED = error_body(16, "Unauthenticated", "invalid credentials")

HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n"
    b"</body>\r\n</html>\r\n"
)

FAULT_KINDS = (
    "retry-after-503",  # 503 + Retry-After, master error body
    "html-502",  # 502 with an nginx HTML page
    "status",  # any status / body / content type / headers given to inject()
    "truncated-json",  # 200, application/json, the first half of a valid document
    "invalid-json",  # 200, application/json, a body that is not JSON at all
    "wrong-shape-json",  # 200, valid JSON that does not fit the operation's model
    "reset",  # read the request, then close with SO_LINGER 0 (TCP RST)
    "reset-mid-body",  # 200 headers and half the body, then RST
    "hang",  # read the request, never answer (until `seconds` pass or the server stops)
    "redirect",  # 307 to `location` (another origin)
)


@dataclass
class Fault:
    kind: str
    times: int = 1
    method: str | None = None
    path: str | None = None  # exact path, or a regex if it starts with "^"
    status: int = 500
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 60.0
    location: str = ""
    delay: float = 0.0  # seconds to wait before misbehaving (a slow failure)
    used: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method:
            return False
        if self.path is None:
            return True
        if self.path.startswith("^"):
            return re.match(self.path, path) is not None
        return self.path == path


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-cased names
    body: bytes
    at: float  # time.monotonic()
    answered_by: str = "master"  # or the fault kind that answered it

    @property
    def authorization(self) -> str | None:
        return self.headers.get("authorization")

    def json(self) -> Any:
        return json.loads(self.body or b"null")


@dataclass
class _Token:
    value: str
    username: str
    issued: float
    calls: int = 0
    dead: bool = False


def experiment(exp_id: int) -> dict[str, Any]:
    """A complete Experiment as the 0.38 master serialises it."""
    return {
        "id": exp_id,
        "name": f"mnist-{exp_id}",
        "description": "",
        "labels": [],
        "startTime": "2024-05-01T10:00:00Z",
        "endTime": None,
        "state": "STATE_COMPLETED",
        "archived": False,
        "numTrials": 1,
        "trialIds": [exp_id * 10],
        "displayName": "",
        "userId": 1,
        "username": "determined",
        "resourcePool": "default",
        "searcherType": "single",
        "searcherMetric": "validation_loss",
        "notes": "",
        "jobId": f"job-{exp_id}",
        "forkedFrom": None,
        "progress": 1.0,
        "projectId": 1,
        "projectName": "Uncategorized",
        "workspaceId": 1,
        "workspaceName": "Uncategorized",
        "parentArchived": False,
        "config": {"name": f"mnist-{exp_id}"},
        "originalConfig": "name: mnist",
        "projectOwnerId": 1,
        "checkpointSize": "1024",
        "checkpointCount": 1,
        "unmanaged": False,
    }


def user(username: str) -> dict[str, Any]:
    return {
        "id": 1,
        "username": username,
        "admin": True,
        "active": True,
        "displayName": "",
        "remote": False,
        "agentUserGroup": None,
        "modifiedAt": "2024-05-01T10:00:00Z",
    }  # lastAuthAt is omittable: absent for a user who never logged in


CLUSTER_INFO = {
    "version": "0.38.1",
    "masterId": "master-1",
    "clusterId": "cluster-1",
    "clusterName": "faulty",
    "telemetryEnabled": False,
    "strictJobQueueControl": False,
    "hasCustomLogo": False,
    "rbacEnabled": False,
    "userManagementEnabled": True,
    "featureSwitches": [],
    "product": "PRODUCT_UNSPECIFIED",
    "branding": "determined",
    "externalLoginUri": "",
    "externalLogoutUri": "",
    "ssoProviders": [],
}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # 64 concurrent callers connect at once

    def __init__(self, master: FaultyMaster) -> None:
        self.master = master
        self.open_sockets: set[socket.socket] = set()
        self.sockets_lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        conn = request
        with self.sockets_lock:
            self.open_sockets.add(conn)
        try:
            if self.master.ssl_context is not None:
                # The handshake runs here, in the connection's own thread, so a client
                # that rejects the certificate never blocks the accept loop.
                try:
                    request.settimeout(10)
                    conn = self.master.ssl_context.wrap_socket(request, server_side=True)
                except (ssl.SSLError, OSError) as exc:
                    self.master.tls_failures.append(repr(exc))
                    return
                with self.sockets_lock:
                    self.open_sockets.add(conn)
            super().finish_request(conn, client_address)
        except (ConnectionError, ssl.SSLError, OSError):
            pass  # the client went away; nothing to answer
        finally:
            with self.sockets_lock:
                self.open_sockets.discard(request)
                self.open_sockets.discard(conn)
            if conn is not request:
                with contextlib.suppress(OSError):
                    conn.close()

    def handle_error(self, request: Any, client_address: Any) -> None:  # pragma: no cover
        pass  # keep test output clean; failures show up as client-side errors


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like a real master behind a proxy
    server: _Server
    timeout = 30  # an idle keep-alive connection is dropped after this

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _dispatch(self) -> None:
        master = self.server.master
        split = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        rec = RecordedRequest(
            method=self.command,
            path=split.path,
            query=parse_qs(split.query),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            at=time.monotonic(),
        )
        fault = master._take_fault(self.command, split.path)
        if fault is not None:
            rec.answered_by = fault.kind
        master._record(rec)
        if fault is not None:
            if fault.delay:
                master._stopping.wait(fault.delay)
            self._fault(fault)
            return
        if master.delay:
            time.sleep(master.delay)
        status, payload, headers = master._serve(rec)
        self._send(status, payload, headers=headers)

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _dispatch

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()

    def _reset(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        with contextlib.suppress(OSError):
            self.connection.close()

    def _fault(self, fault: Fault) -> None:
        kind = fault.kind
        if kind == "retry-after-503":
            self._send(
                503,
                error_body(14, "Unavailable", "master is restarting"),
                headers=fault.headers,
            )
        elif kind == "html-502":
            self._send(502, HTML_502, content_type="text/html")
        elif kind == "status":
            self._send(
                fault.status, fault.body, content_type=fault.content_type, headers=fault.headers
            )
        elif kind == "truncated-json":
            full = json.dumps(
                {"experiments": [experiment(1), experiment(2)], "pagination": {"total": 2}}
            ).encode()
            self._send(200, full[: len(full) // 2])
        elif kind == "invalid-json":
            self._send(200, b"<html><body>Sign in to continue</body></html>")
        elif kind == "wrong-shape-json":
            self._send(200, b'{"experiment": "not an object", "experiments": 7}')
        elif kind == "reset":
            self._reset()
        elif kind == "reset-mid-body":
            full = json.dumps({"user": user(self.server.master.username)}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(full)))
            self.end_headers()
            self.wfile.write(full[: len(full) // 2])
            self.wfile.flush()
            time.sleep(0.05)  # let the client take the headers before the RST
            self._reset()
        elif kind == "hang":
            self.close_connection = True
            self.server.master._stopping.wait(fault.seconds)
        elif kind == "redirect":
            self._send(
                fault.status if fault.status in (301, 302, 303, 307, 308) else 307,
                b"",
                headers={"Location": fault.location, **fault.headers},
            )
        else:  # pragma: no cover
            raise AssertionError(f"unknown fault kind {kind!r}")


class FaultyMaster:
    """A real, scriptable master on 127.0.0.1. Use as a context manager or start()/stop()."""

    def __init__(
        self,
        *,
        username: str = "determined",
        password: str = "",
        ssl_context: ssl.SSLContext | None = None,
        require_auth: bool = True,
        experiments: int = 5,
    ) -> None:
        self.username = username
        self.password = password
        self.ssl_context = ssl_context
        self.require_auth = require_auth
        self.experiment_ids = list(range(1, experiments + 1))
        self.token_ttl: float | None = None  # seconds a token lives
        self.token_max_calls: int | None = None  # authenticated calls a token serves
        self.login_delay = 0.0  # seconds login takes (widens single-flight races)
        self.delay = 0.0  # seconds every normal answer takes
        self.tls_failures: list[str] = []
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._tokens: dict[str, _Token] = {}
        self._requests: list[RecordedRequest] = []
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.logins = 0
        self.failed_logins = 0
        self.logouts = 0
        self.plain_password_seen = False
        self.archived: list[int] = []
        self.hook: Callable[[RecordedRequest], None] | None = None

    # lifecycle -------------------------------------------------------------------------
    def start(self) -> FaultyMaster:
        self._server = _Server(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"faulty-master-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._stopping.set()  # wakes every hanging handler
        self._server.shutdown()
        with self._server.sockets_lock:
            socks = list(self._server.open_sockets)
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None

    def __enter__(self) -> FaultyMaster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        assert self._server is not None, "server not started"
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        scheme = "https" if self.ssl_context is not None else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    # scripting -------------------------------------------------------------------------
    def inject(
        self,
        kind: str,
        *,
        times: int = 1,
        method: str | None = None,
        path: str | None = None,
        retry_after: str | None = None,
        **kw: Any,
    ) -> Fault:
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; known: {FAULT_KINDS}")
        fault = Fault(kind=kind, times=times, method=method, path=path, **kw)
        if retry_after is not None:
            fault.headers["Retry-After"] = retry_after
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def expire_all_tokens(self) -> None:
        with self._lock:
            for tok in self._tokens.values():
                tok.dead = True

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.used < fault.times and fault.matches(method, path):
                    fault.used += 1
                    return fault
        return None

    # records ---------------------------------------------------------------------------
    def _record(self, rec: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(rec)
        if self.hook is not None:
            self.hook(rec)

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def requests_to(self, path: str, method: str | None = None) -> list[RecordedRequest]:
        return [
            r
            for r in self.requests
            if r.path == path and (method is None or r.method == method.upper())
        ]

    @property
    def issued_tokens(self) -> list[str]:
        with self._lock:
            return list(self._tokens)

    def iter_secrets(self) -> Iterator[str]:
        """Everything that must never leak: the password, its hash, every token."""
        if self.password:
            yield self.password
        yield salted_hash(self.password)
        yield from self.issued_tokens

    def issue_token(self, username: str | None = None) -> str:
        """Mint a valid token without a login (for fixed-token sessions)."""
        value = "dtok-" + secrets.token_hex(24)
        with self._lock:
            self._tokens[value] = _Token(value, username or self.username, time.monotonic())
        return value

    # the master itself -----------------------------------------------------------------
    def _check_token(self, rec: RecordedRequest) -> str | None:
        """Return the username for a live bearer token, counting the call; else None."""
        auth = rec.authorization or ""
        if not auth.startswith("Bearer "):
            return None
        value = auth[len("Bearer ") :]
        with self._lock:
            tok = self._tokens.get(value)
            if tok is None or tok.dead:
                return None
            if self.token_ttl is not None and time.monotonic() - tok.issued > self.token_ttl:
                tok.dead = True
                return None
            if self.token_max_calls is not None and tok.calls >= self.token_max_calls:
                tok.dead = True
                return None
            tok.calls += 1
            return tok.username

    def _serve(self, rec: RecordedRequest) -> tuple[int, bytes, dict[str, str]]:
        path, method = rec.path, rec.method
        if method == "POST" and path == "/api/v1/auth/login":
            return self._login(rec)
        if method == "GET" and path == "/api/v1/master":
            return 200, json.dumps(CLUSTER_INFO).encode(), {}
        username = self._check_token(rec) if self.require_auth else self.username
        if username is None:
            return 401, UNAUTHENTICATED, {}
        if method == "POST" and path == "/api/v1/auth/logout":
            auth = rec.authorization or ""
            with self._lock:
                self.logouts += 1
                tok = self._tokens.get(auth[len("Bearer ") :])
                if tok is not None:
                    tok.dead = True
            return 200, b"{}", {}  # a real master answers `{}`, never an empty body
        if method == "GET" and path == "/api/v1/me":
            return 200, json.dumps({"user": user(username)}).encode(), {}
        if method == "GET" and path == "/api/v1/experiments":
            return self._list_experiments(rec)
        m = re.fullmatch(r"/api/v1/experiments/(\d+)(/archive)?", path)
        if m is not None:
            exp_id = int(m.group(1))
            if exp_id not in self.experiment_ids:
                return 404, error_body(5, "NotFound", f"experiment not found: {exp_id}"), {}
            if m.group(2) and method == "POST":
                with self._lock:
                    self.archived.append(exp_id)
                return 200, b"{}", {}
            if not m.group(2) and method == "GET":
                answer = {
                    "experiment": experiment(exp_id),
                    "jobSummary": None,
                    "config": {"name": f"mnist-{exp_id}"},
                }
                return 200, json.dumps(answer).encode(), {}
        return 404, json.dumps({"code": 5, "message": "Not Found", "details": []}).encode(), {}

    def _login(self, rec: RecordedRequest) -> tuple[int, bytes, dict[str, str]]:
        try:
            req = rec.json()
        except ValueError:
            return 400, error_body(3, "InvalidArgument", "login body is not JSON"), {}
        if not isinstance(req, dict) or not req.get("username"):
            return 400, error_body(3, "InvalidArgument", "missing username"), {}
        if self.login_delay:
            time.sleep(self.login_delay)
        if req.get("isHashed") is not True:
            with self._lock:
                self.plain_password_seen = True
                self.failed_logins += 1
            return 401, UNAUTHENTICATED, {}
        if req["username"] != self.username or req.get("password") != salted_hash(self.password):
            with self._lock:
                self.failed_logins += 1
            return 401, UNAUTHENTICATED, {}
        token = self.issue_token(req["username"])
        with self._lock:
            self.logins += 1
        # Like a master that also serves a web UI: the token comes back as a cookie too,
        # so the leak checks see it in response headers (httpcore logs them at DEBUG).
        cookie = {"Set-Cookie": f"auth={token}; Path=/; HttpOnly"}
        return 200, json.dumps({"token": token, "user": user(req["username"])}).encode(), cookie

    def _list_experiments(self, rec: RecordedRequest) -> tuple[int, bytes, dict[str, str]]:
        q = rec.query
        offset = int(q.get("offset", ["0"])[0])
        limit = int(q.get("limit", ["0"])[0]) or 100
        ids = self.experiment_ids
        page = ids[offset : offset + limit]
        answer = {
            "experiments": [experiment(i) for i in page],
            "pagination": {
                "offset": offset,
                "limit": limit,
                "startIndex": offset,
                "endIndex": offset + len(page),
                "total": len(ids),
            },
        }
        return 200, json.dumps(answer).encode(), {}
