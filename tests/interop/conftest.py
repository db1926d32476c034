"""The official SDK's `det` CLI and bindings against the packaged mock (see tests/_sdk.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .._sdk import Det, sdk_bin

__all__ = ["det", "sdk_bin"]


@pytest.fixture
def det(sdk_bin: Path, determined_mock_url: str, tmp_path: Path) -> Iterator[Det]:
    home = tmp_path / "home"
    home.mkdir()
    yield Det(sdk_bin, home, determined_mock_url)
