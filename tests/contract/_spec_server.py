"""A tiny stand-in master built from openapi.yaml's examples, with optional deliberate bugs.

``SpecServer()`` answers every operation with the spec's success example (401 with the error
example when a secured operation gets no bearer token), so it is a *correct* server as far as
the contract checks can tell. ``SpecServer(mutations={"getExperiment": bare_experiment})``
breaks chosen operations. Stdlib only; listens on 127.0.0.1 on a free port, in a thread;
``stop()`` (or leaving the ``with`` block) shuts it down.
"""

from __future__ import annotations

import copy
import json
import re
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

from ._support import Operation, operations, resolve, success_example


class Answer:
    """What a mutation returns: status, body (JSON-serialisable or raw bytes), content type."""

    def __init__(self, body: Any, status: int = 200, content_type: str = "application/json"):
        self.body = body
        self.status = status
        self.content_type = content_type


Mutation = Callable[[Any], Any]  # example -> new body, or an Answer


class SpecServer:
    def __init__(self, mutations: dict[str, Mutation] | None = None) -> None:
        self.mutations = dict(mutations or {})
        # (method, path, Authorization header or None) of every request, in order
        self.requests: list[tuple[str, str, str | None]] = []
        self._routes: list[tuple[re.Pattern[str], Operation]] = [
            (re.compile("^" + re.sub(r"\{[^/}]+\}", "[^/]+", op.path) + "$"), op)
            for op in operations()
        ]
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join(timeout=10)
        self._server.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- request handling ------------------------------------------------------------------------

    def _answer(self, method: str, path: str, headers: Any) -> tuple[int, str, bytes]:
        self.requests.append((method, path, headers.get("Authorization")))
        matched = [op for pattern, op in self._routes if pattern.match(path)]
        if not matched:
            return _json(404, {"error": {"code": 5, "reason": "NotFound", "error": "no route"}})
        op = next((o for o in matched if o.method == method), None)
        if op is None:
            return _json(405, {"error": {"code": 12, "reason": "Unimplemented", "error": method}})
        auth = headers.get("Authorization", "")
        if op.secured and not (auth.startswith("Bearer ") and auth[7:].strip()):
            unauthorized = resolve(op.spec["responses"]["401"])
            return _json(401, unauthorized["content"]["application/json"]["example"])
        example, has_content = success_example(op)
        mutation = self.mutations.get(op.operation_id)
        if mutation is None:
            if not has_content:  # CSV, text or an archive: the example, as its media type
                media, content = next(iter(op.success()["content"].items()))
                return 200, media, str(content["example"]).encode()
            return _json(200, example)
        result = mutation(copy.deepcopy(example))
        answer = result if isinstance(result, Answer) else Answer(result)
        raw = answer.body if isinstance(answer.body, bytes) else json.dumps(answer.body).encode()
        return answer.status, answer.content_type, raw

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                status, content_type, body = server._answer(
                    self.command, self.path.split("?", 1)[0], self.headers
                )
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            def __getattr__(self, name: str) -> Any:
                if name.startswith("do_"):  # every method, including QUERY and made-up ones
                    return self._handle
                raise AttributeError(name)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet

        return Handler


def _json(status: int, body: Any) -> tuple[int, str, bytes]:
    return status, "application/json", json.dumps(body).encode()
