"""A small HTTP proxy on 127.0.0.1 for the proxy-variable tests: forward and CONNECT.

Hand-written rather than ``proxy.py``: the tests need, in process, the exact request line of
every request the proxy handled (to prove a session went through it), a name map so that a
master reachable *only* through the proxy can be named (``det.example.test`` -> a loopback
port), and a switch that makes the proxy answer everything with its own sign-in page.
``proxy.py`` runs its acceptors in child processes, out of reach of the test's state.

Safety: it listens on 127.0.0.1 only and connects only to 127.0.0.1 ports named in its
map; any other target gets a 502. ``stop()`` closes the listener and every open socket.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
from typing import Any

HEAD_LIMIT = 64 * 1024


def _read_head(sock: socket.socket) -> tuple[bytes, bytes]:
    """(head up to the blank line, whatever body bytes came with it)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk or len(data) > HEAD_LIMIT:
            return b"", b""
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    return head, rest


def _pipe(src: socket.socket, dst: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while chunk := src.recv(65536):
            dst.sendall(chunk)
    with contextlib.suppress(OSError):
        dst.shutdown(socket.SHUT_WR)


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        client: socket.socket = self.request
        client.settimeout(10)
        with contextlib.suppress(OSError):
            while self._one(client):
                pass

    def _one(self, client: socket.socket) -> bool:
        """Serve one request; True to read another from the same connection."""
        head, rest = _read_head(client)
        if not head:
            return False
        lines = head.decode("latin-1").split("\r\n")
        method, target, version = lines[0].split(" ", 2)
        proxy = self.server.owner
        proxy.record(method, target, lines[1:])
        if proxy.answer is not None:
            client.sendall(proxy.answer)
            return False
        if method == "CONNECT":
            self._tunnel(client, target)
            return False
        if not target.startswith("http://"):
            client.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
            return False
        return self._forward(client, method, target, version, lines[1:], rest)

    def _upstream(self, hostport: str) -> socket.socket | None:
        port = self.server.owner.routes.get(hostport.lower())
        return None if port is None else socket.create_connection(("127.0.0.1", port), 10)

    def _tunnel(self, client: socket.socket, target: str) -> None:
        upstream = self._upstream(target)
        if upstream is None:
            client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            return
        with upstream:
            self.server.owner.track(upstream)
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            back = threading.Thread(target=_pipe, args=(upstream, client), daemon=True)
            back.start()
            _pipe(client, upstream)
            back.join(timeout=10)

    def _forward(
        self,
        client: socket.socket,
        method: str,
        target: str,
        version: str,
        headers: list[str],
        rest: bytes,
    ) -> bool:
        hostport, _, path = target.removeprefix("http://").partition("/")
        upstream = self._upstream(hostport)
        if upstream is None:
            client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            return False
        length = next(
            (int(h.split(":", 1)[1]) for h in headers if h.lower().startswith("content-length:")),
            0,
        )
        while len(rest) < length:
            rest += client.recv(65536)
        kept = [
            h for h in headers if not h.lower().startswith(("proxy-", "connection:", "keep-alive:"))
        ]
        out = [f"{method} /{path} {version}", *kept, "Connection: close", "", ""]
        with upstream:
            self.server.owner.track(upstream)
            upstream.sendall("\r\n".join(out).encode("latin-1") + rest[:length])
            answer = b""
            while chunk := upstream.recv(65536):
                answer += chunk
        status_head, _, body = answer.partition(b"\r\n\r\n")
        kept_answer = [
            h
            for h in status_head.split(b"\r\n")
            if not h.lower().startswith((b"connection:", b"keep-alive:"))
        ]
        client.sendall(b"\r\n".join([*kept_answer, b"Connection: close", b"", b""]) + body)
        return False


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, owner: LoopbackProxy) -> None:
        self.owner = owner
        super().__init__(("127.0.0.1", 0), _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        self.owner.track(request)
        super().process_request(request, client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:  # pragma: no cover
        pass


class LoopbackProxy:
    """``with LoopbackProxy({"det.example.test:443": port}) as proxy:`` then ``proxy.url``."""

    def __init__(self, routes: dict[str, int] | None = None) -> None:
        self.routes = {k.lower(): v for k, v in (routes or {}).items()}
        self.answer: bytes | None = None  # set: every request gets these bytes instead
        self.seen: list[tuple[str, str]] = []  # (method, target) of each request handled
        self.seen_headers: list[list[str]] = []
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def record(self, method: str, target: str, headers: list[str]) -> None:
        with self._lock:
            self.seen.append((method, target))
            self.seen_headers.append(headers)

    def track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> LoopbackProxy:
        self._server = _Server(self)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
