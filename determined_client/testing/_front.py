"""The mock's front process: a thin loopback HTTP proxy that reads bodies as a master does.

Why it exists: Prism reads a body sent without ``Content-Type`` as text ("Request body must
be object") and refuses numbers in protobuf JSON's other spelling (``"tokenId": "5"``); a
real master accepts both, and the official SDK and ``det`` CLI rely on it. Prism has no
option for either (its server picks the body parser from ``Content-Type`` alone), so this
process rewrites those requests into the contract's spelling (:mod:`._body_rules`) and passes
everything else through unchanged: methods, paths, query strings, ``Prefer``, statuses,
bodies and ``sl-violations``.

aiohttp does the HTTP plumbing (server and client: HTTP/1.1 framing, chunked bodies,
keep-alive, 100-continue), so no protocol code lives here. :class:`PrismMock` runs this
process in Prism's process group; it also exits, taking that group with it, when the process
that started it dies (a SIGKILLed pytest leaves no Prism), and on SIGTERM, SIGINT or SIGHUP.

    python -m determined_client.testing._front --spec openapi.yaml --port 4010 \\
        --upstream http://127.0.0.1:4011 [--prism-pid PID]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ipaddress
import json
import os
import re
import signal
import sys
from collections.abc import Sequence
from typing import Any

from aiohttp import ClientError, ClientSession, ClientTimeout, TCPConnector, web
from multidict import CIMultiDict
from yarl import URL

from determined_client.testing._body_rules import BodyRules

__all__ = ["main", "rewrite_request"]

# Like the master (Go net/http accepts 1 MiB of request line and headers), so long query
# strings reach Prism; bodies up to Prism's own limit (10 MB).
_HEADER_LIMIT = 1 << 20
_BODY_LIMIT = 10 * 1024 * 1024
_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "host",
        "content-length",
    }
)
_RULES: web.AppKey[BodyRules] = web.AppKey("rules", BodyRules)
_UPSTREAM: web.AppKey[str] = web.AppKey("upstream", str)
_CLIENT: web.AppKey[ClientSession] = web.AppKey("client", ClientSession)


def _is_json(content_type: str | None) -> bool:
    media = (content_type or "").split(";")[0].strip().lower()
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )


def rewrite_request(
    rules: BodyRules, method: str, path: str, headers: CIMultiDict[str], body: bytes
) -> bytes:
    """The body Prism should see for this request (``headers`` is updated in place).

    - A body with no JSON ``Content-Type`` is JSON to the master: say so.
    - An operation that takes a JSON body but got none gets ``{}`` (the master reads a
      missing body as the empty message; the contract's required fields still apply).
    - Numbers spelled as protobuf JSON allows are respelled as the contract declares.
    Bodies that are not JSON go through as they are, for Prism to refuse as the master would.
    """
    operation = rules.match(method, path)
    schema = operation.body_schema if operation is not None else None
    if not body:
        if schema is not None and method.upper() not in ("GET", "HEAD"):
            headers["Content-Type"] = "application/json"
            return b"{}"
        return body
    if operation is not None and schema is None:
        return body  # an operation that takes no JSON body: nothing of ours to interpret
    if not _is_json(headers.get("Content-Type")):
        headers["Content-Type"] = "application/json"
    try:
        value = json.loads(body)
    except ValueError:
        return body
    normalized = rules.normalize(value, schema)
    if normalized == value:
        return body
    return json.dumps(normalized, separators=(",", ":")).encode()


_NAME = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_MEDIA_RANGE = re.compile(rf'\s*{_NAME}/{_NAME}(\s*;\s*{_NAME}=({_NAME}|"([^"\\]|\\.)*"))*\s*')


def clean_accept(headers: CIMultiDict[str]) -> None:
    """Drop the media ranges of ``Accept`` that are not media types: Prism's parser throws on
    one and the whole mock process dies, where a master ignores them. No valid range left:
    no ``Accept`` at all (anything will do)."""
    value = headers.get("Accept")
    if value is None:
        return
    kept = [part.strip() for part in value.split(",") if _MEDIA_RANGE.fullmatch(part)]
    if kept:
        headers["Accept"] = ", ".join(kept)
    else:
        del headers["Accept"]


async def _forward(request: web.Request) -> web.StreamResponse:
    headers = CIMultiDict(
        (k, v) for k, v in request.headers.items() if k.lower() not in _HOP_BY_HOP
    )
    clean_accept(headers)
    body = await request.read()
    body = rewrite_request(request.app[_RULES], request.method, request.path, headers, body)
    target = URL(request.app[_UPSTREAM] + request.raw_path, encoded=True)
    try:
        async with request.app[_CLIENT].request(
            request.method,
            target,
            headers=headers,
            data=body or None,
            allow_redirects=False,
            skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
        ) as answer:
            payload = await answer.read()
            out = CIMultiDict(
                (k, v) for k, v in answer.headers.items() if k.lower() not in _HOP_BY_HOP
            )
            return web.Response(
                status=answer.status, reason=answer.reason, headers=out, body=payload
            )
    except ClientError as exc:
        message = f"the mock's Prism at {request.app[_UPSTREAM]} did not answer: {exc!r}"
        return web.json_response({"message": message}, status=502)


async def _client_context(app: web.Application) -> Any:
    client = ClientSession(
        connector=TCPConnector(limit=0),
        timeout=ClientTimeout(total=None, sock_connect=5),
        auto_decompress=False,
        max_line_size=_HEADER_LIMIT,
        max_field_size=_HEADER_LIMIT,
    )  # trust_env is off by default: a loopback hop never goes through a proxy
    app[_CLIENT] = client
    yield
    await client.close()


def _app(rules: BodyRules, upstream: str) -> web.Application:
    app = web.Application(client_max_size=_BODY_LIMIT)
    app[_RULES] = rules
    app[_UPSTREAM] = upstream.rstrip("/")
    app.cleanup_ctx.append(_client_context)
    # Every path, even one whose decoded form holds a newline (`.` would not match it and
    # aiohttp would answer its own text/plain 404 instead of Prism's).
    app.router.add_route("*", r"/{tail:[\s\S]*}", _forward)
    return app


def _stop_prism(prism_pid: int | None) -> None:
    """The process that started us is gone: nobody will stop Prism, so we do."""
    if prism_pid is None:
        return
    with contextlib.suppress(OSError):
        if os.getpgrp() == prism_pid:
            os.killpg(prism_pid, signal.SIGTERM)  # Prism's group, ourselves included
        else:
            os.kill(prism_pid, signal.SIGTERM)


async def _serve(args: argparse.Namespace, rules: BodyRules) -> None:
    parent = os.getppid()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        loop.add_signal_handler(sig, stop.set)
    runner = web.AppRunner(
        _app(rules, args.upstream),
        handle_signals=False,
        access_log=None,
        max_line_size=_HEADER_LIMIT,
        max_field_size=_HEADER_LIMIT,
    )
    await runner.setup()
    try:
        await web.TCPSite(runner, args.host, args.port).start()
        print(
            f"[front] reading bodies as a master does on http://{args.host}:{args.port}", flush=True
        )
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=0.5)
            if os.getppid() != parent:
                _stop_prism(args.prism_pid)
                break
    finally:
        await runner.cleanup()


def _loopback(host: str) -> str:
    try:
        if ipaddress.ip_address(host).is_loopback:
            return host
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"{host!r} is not a loopback address (127.0.0.0/8 or ::1)")


def _loopback_url(url: str) -> str:
    host = URL(url).host or ""
    _loopback(host.strip("[]"))
    return url


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m determined_client.testing._front", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--spec", required=True, help="the OpenAPI document Prism serves")
    parser.add_argument(
        "--upstream", type=_loopback_url, required=True, help="Prism's base URL, on loopback"
    )
    parser.add_argument("--host", type=_loopback, default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--prism-pid", type=int, default=None)
    args = parser.parse_args(argv)
    rules = BodyRules.from_file(args.spec)
    asyncio.run(_serve(args, rules))
    return 0


if __name__ == "__main__":
    sys.exit(main())
