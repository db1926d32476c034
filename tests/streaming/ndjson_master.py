"""A master that streams: chunked newline-delimited JSON on 127.0.0.1, like grpc-gateway.

Each test scripts the answers of one path: a list of ``Answer`` objects, one per request
(the last repeats). An answer is a status, then lines sent one chunk each, with an optional
pause before each line; ``hold_open`` keeps the connection open after the last line, as a
``follow=true`` stream does. The server records every request and notices when a client
goes away in the middle of a stream.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

LOGIN = "/api/v1/auth/login"


@dataclass
class Answer:
    status: int = 200
    lines: list[Any] = field(default_factory=list)  # JSON values; str are sent as they are
    pause: float = 0.0  # seconds before each line
    hold_open: float = 0.0  # seconds to keep the stream open after the last line


def log_line(n: int, message: str = "") -> dict[str, Any]:
    """One trial-log result line, as the master streams getTrialLogs."""
    return {
        "result": {
            "id": f"{n}",
            "trialId": 7,
            "message": message or f"step {n}\n",
            "timestamp": f"2026-11-30T12:00:{n:02d}Z",
            "level": "LOG_LEVEL_INFO",
            "agentId": "agent-1",
            "containerId": "c-1",
            "rankId": 0,
            "source": "stdout",
            "stdtype": "stdout",
        }
    }


class NdjsonMaster:
    def __init__(self, password_hash: str | None = None) -> None:
        self.scripts: dict[str, list[Answer]] = {}
        self.requests: list[tuple[str, str, str | None]] = []  # method, path?query, bearer
        self.tokens: set[str] = set()
        self.password_hash = password_hash
        self.disconnected = threading.Event()
        self._issued = itertools.count(1)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def script(self, path: str, *answers: Answer) -> None:
        self.scripts[path] = list(answers)

    def issue(self) -> str:
        token = f"tok-{next(self._issued)}"
        self.tokens.add(token)
        return token

    def __enter__(self) -> NdjsonMaster:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def _next(self, path: str) -> Answer:
        with self._lock:
            answers = self.scripts.get(path) or [Answer(404, [{"error": {"message": "no route"}}])]
            return answers.pop(0) if len(answers) > 1 else answers[0]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        master = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if urlsplit(self.path).path == LOGIN:
                    sent = json.loads(body)
                    ok = sent.get("password") == master.password_hash
                    user = {"username": "u", "admin": False, "active": True}
                    answer = {"token": master.issue(), "user": user} if ok else None
                    self._whole(200 if ok else 401, answer or {"error": {"error": "no"}})
                    return
                self.do_GET()

            def do_GET(self) -> None:
                bearer = self.headers.get("Authorization", "").removeprefix("Bearer ") or None
                master.requests.append((self.command, self.path, bearer))
                if bearer not in master.tokens:
                    self._whole(401, {"error": {"code": 16, "error": "unauthenticated"}})
                    return
                answer = master._next(urlsplit(self.path).path)
                self.send_response(answer.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                try:
                    for line in answer.lines:
                        time.sleep(answer.pause)
                        text = line if isinstance(line, str) else json.dumps(line)
                        self._chunk((text + "\n").encode())
                    end = time.monotonic() + answer.hold_open
                    while time.monotonic() < end:  # a followed stream: stays open, idle
                        time.sleep(0.02)
                        self._chunk(b"\n")  # blank keep-alive lines notice a gone client
                    self._chunk(b"")
                except (BrokenPipeError, ConnectionResetError):
                    master.disconnected.set()

            def _chunk(self, data: bytes) -> None:
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()

            def _whole(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler
