"""Fixtures of the bindings gate, and its one summary line at the end of every pytest run
that ran it (``bindings gate: 261/261 operations, F/F fields agree, A allowed differences``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import yaml

from contract.passes.names import schema_name

from . import read_bindings, read_openapi, sdk
from .api_model import Api

_SUMMARY = pytest.StashKey[str]()


@pytest.fixture(scope="session")
def sdk_api() -> Api:
    """The official SDK's bindings (determined==0.38.1), in our schema names.

    The bindings' class names are the swagger's definition names (every class is one), and
    our schema names are ``schema_name`` of the same definitions; renaming the bindings with
    it only lines the two up. A wrong rename cannot hide: the reader fails on two classes with
    one name, and a schema named differently on the two sides is "only in" one of them."""
    return read_bindings.read(sdk.bindings_source(), schema_name)


@pytest.fixture(scope="session")
def our_api() -> Api:
    """Our contract, ``openapi.yaml`` at the repo root, as committed (or as ``make contract``
    last wrote it)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 8x faster, same result
    return read_openapi.read(yaml.load((sdk.ROOT / "openapi.yaml").read_text(), Loader=loader))  # noqa: S506 - a safe loader


@pytest.fixture
def report_summary(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Keep the gate's summary line for the end of the run."""

    def keep(line: str) -> None:
        request.config.stash[_SUMMARY] = line

    return keep


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    line = config.stash.get(_SUMMARY, None)
    if line is not None:
        terminalreporter.write_line(line)
