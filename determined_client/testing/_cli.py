"""``python -m determined_client.testing`` (also ``determined-mock``): serve the contract.

For projects without our Makefile: one command starts the same mock the pytest plugin uses
(Prism behind the front process, serving the ``openapi.yaml`` inside the installed package)
on a chosen loopback port, in the foreground, until Ctrl-C, SIGTERM or SIGHUP.

    python -m determined_client.testing --port 4010
    DET_MASTER=http://127.0.0.1:4010 det user whoami
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from determined_client.testing._prism import (
    PRISM_BIN_ENV,
    PRISM_VERSION,
    PrismMock,
    PrismNotFoundError,
    PrismStartError,
)

__all__ = ["main"]

_POLL = 0.2  # seconds between copies of Prism's output to ours


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m determined_client.testing",
        description=(
            "Serve the Determined API contract pinned by this package with a Prism mock on "
            "127.0.0.1, in the foreground. Point DET_MASTER (or Session(master=...)) at the "
            "URL it prints."
        ),
        epilog=f"Prism {PRISM_VERSION} is found in node_modules/.bin of the current directory "
        f"and its parents, on PATH, or at ${PRISM_BIN_ENV}. Other arguments go to "
        "`prism mock` as they are.",
    )
    parser.add_argument(
        "-p", "--port", type=int, default=4010, help="port on 127.0.0.1 (default 4010; 0: any)"
    )
    parser.add_argument("--spec", help="another OpenAPI document (default: the packaged one)")
    parser.add_argument(
        "-d", "--dynamic", action="store_true", help="answers generated from the schemas"
    )
    parser.add_argument("--seed", help="seed for --dynamic, so answers repeat")
    parser.add_argument("--prism-bin", help=f"the prism executable (default: ${PRISM_BIN_ENV})")
    parser.add_argument(
        "--no-front",
        action="store_true",
        help="serve Prism alone, without the front process that reads bodies as a master does",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="do not print Prism's log")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the mock until a signal; exit status 0 after a signal, 1 if the mock fails."""
    parser = _parser()
    args, prism_args = parser.parse_known_args(argv)
    if not 0 <= args.port <= 65535:
        parser.error(f"--port {args.port} is not a port")
    mock = PrismMock(
        args.spec,
        port=args.port or None,
        dynamic=args.dynamic,
        seed=args.seed,
        extra_args=tuple(prism_args),
        prism_bin=args.prism_bin,
        front=not args.no_front,
        reuse=False,
    )
    stopped = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stopped.set()

    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, on_signal)
    try:
        mock.start()
    except (PrismNotFoundError, PrismStartError, FileNotFoundError) as exc:
        print(f"determined mock: {exc}", file=sys.stderr)
        return 1
    try:
        spec = args.spec or "the packaged openapi.yaml"
        print(f"Determined mock of {spec} on {mock.url} (Ctrl-C stops it)", flush=True)
        return _follow(mock, stopped, quiet=args.quiet)
    finally:
        mock.stop()


def _follow(mock: PrismMock, stopped: threading.Event, *, quiet: bool) -> int:
    """Copy the mock's log to stdout until a signal (0) or until Prism exits (1)."""
    printed = mock.output_bytes
    while not stopped.wait(_POLL):
        if not quiet:
            end = mock.output_bytes
            sys.stdout.write(mock.output(since=printed, until=end))
            sys.stdout.flush()
            printed = end
        if mock.exited():
            print(f"determined mock: Prism exited; its output:\n{mock.output()}", file=sys.stderr)
            return 1
    return 0
