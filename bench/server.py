"""A fast master-like HTTP/1.1 server for the benchmarks (loopback only, keep-alive).

Run as its own process (`python -m bench.server`) so that it never competes with the
measured client for the GIL: it binds 127.0.0.1 on a free port, prints `PORT <n>` and serves
until stdin closes or it is terminated. Every answer is pre-serialised (headers and body);
a page for a new (limit, offset) is assembled once from pre-serialised experiments and
cached. `GET /__bench/stats` reports the requests served and the server's own CPU time, so
the bench can show that the server is cheap next to the client.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
import threading
import time
from urllib.parse import parse_qs

from bench.payloads import Corpus


def _response(status: str, body: bytes, content_type: bytes = b"application/json") -> bytes:
    return (
        b"HTTP/1.1 "
        + status.encode()
        + b"\r\nContent-Type: "
        + content_type
        + b"\r\nContent-Length: "
        + str(len(body)).encode()
        + b"\r\nGrpc-Metadata-Content-Type: application/grpc\r\nVary: Accept-Encoding"
        + b"\r\nDate: Sat, 01 Mar 2025 08:00:00 GMT\r\n\r\n"
        + body
    )


def _error(status: str, code: int, reason: str, message: str) -> bytes:
    body = json.dumps({"error": {"code": code, "reason": reason, "error": message}}).encode()
    return _response(status, body)


class Routes:
    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.cache: dict[bytes, bytes] = {
            b"/api/v1/master": _response("200 OK", corpus.master),
            b"/api/v1/me": _response("200 OK", corpus.me),
        }
        self.login = _response("200 OK", corpus.login)
        self.logout = _response("200 OK", b"{}")  # a master answers {}
        self.unauth = _error("401 Unauthorized", 16, "Unauthenticated", "invalid credentials")
        self.not_found = _error("404 Not Found", 5, "NotFound", "no such route")
        self.bad_request = _error("400 Bad Request", 3, "InvalidArgument", "bad query")
        self.requests = 0

    def _stats(self) -> bytes:
        body = json.dumps({"requests": self.requests, "cpu_s": time.process_time()}).encode()
        return _response("200 OK", body)

    def handle(self, method: bytes, target: bytes, head_lower: bytes) -> bytes:
        self.requests += 1
        if method == b"GET":
            hit = self.cache.get(target)
            if hit is not None:
                if target == b"/api/v1/master" or b"\r\nauthorization: bearer " in head_lower:
                    return hit
                return self.unauth
            if target == b"/__bench/stats":
                return self._stats()
            path, _, query = target.partition(b"?")
            if path == b"/api/v1/experiments":
                if b"\r\nauthorization: bearer " not in head_lower:
                    return self.unauth
                q = parse_qs(query.decode())
                try:
                    limit = int(q.get("limit", ["0"])[0])
                    offset = int(q.get("offset", ["0"])[0])
                except ValueError:
                    return self.bad_request
                resp = _response("200 OK", self.corpus.page(limit, offset))
                if len(self.cache) < 5000:
                    self.cache[target] = resp
                return resp
            return self.not_found
        if method == b"POST":
            if target == b"/api/v1/auth/login":
                return self.login
            if target == b"/api/v1/auth/logout":
                return self.logout
        return self.not_found


class HTTPProtocol(asyncio.Protocol):
    def __init__(self, routes: Routes) -> None:
        self.routes = routes
        self.buf = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        buf = self.buf + data if self.buf else data
        out = []
        close = False
        while True:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buf[:end]
            head_lower = head.lower()
            body_len = 0
            i = head_lower.find(b"\r\ncontent-length:")
            if i >= 0:
                j = head_lower.find(b"\r\n", i + 2)
                body_len = int(head_lower[i + 17 : j if j >= 0 else None])
            total = end + 4 + body_len
            if len(buf) < total:
                break
            line_end = head.find(b"\r\n")
            method, target, _ = head[: line_end if line_end >= 0 else None].split(b" ", 2)
            out.append(self.routes.handle(method, target, head_lower))
            if b"\r\nconnection: close" in head_lower:
                close = True
            buf = buf[total:]
        self.buf = buf
        if out and self.transport is not None:
            self.transport.write(b"".join(out) if len(out) > 1 else out[0])
            if close:
                self.transport.close()


async def _serve(port: int) -> None:
    routes = Routes(Corpus())
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: HTTPProtocol(routes), "127.0.0.1", port, backlog=128, reuse_address=True
    )
    bound = server.sockets[0].getsockname()[1]
    print(f"PORT {bound}", flush=True)
    stop = asyncio.Event()

    def _watch_stdin() -> None:
        # The parent holds our stdin: when it goes away (or closes it), stop serving.
        try:
            sys.stdin.buffer.read()
        finally:
            loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=_watch_stdin, daemon=True).start()
    async with server:
        await stop.wait()


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(port))
    os._exit(0)


if __name__ == "__main__":
    main()
