"""The oracle is the pinned wheel and nothing else: a cached copy is used offline, and a file
with another hash is never read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from . import sdk


def test_a_cached_pinned_wheel_is_used_without_the_network(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(sdk.wheel(), tmp_path / sdk.WHEEL)  # the project cache (downloaded if new)

    def no_network(into: Path) -> None:
        raise AssertionError("downloaded although the cache holds the pinned wheel")

    monkeypatch.setattr(sdk, "_download", no_network)
    assert "def get_GetExperiment(" in sdk.bindings_source(tmp_path)


def test_a_wheel_with_another_hash_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / sdk.WHEEL).write_bytes(b"not the pinned wheel")
    fetched: list[Path] = []

    def fetch_another(into: Path) -> None:  # a download that brings the wrong bytes again
        fetched.append(into)
        (into / sdk.WHEEL).write_bytes(b"still not the pinned wheel")

    monkeypatch.setattr(sdk, "_download", fetch_another)
    with pytest.raises(sdk.WheelError, match="expected " + sdk.WHEEL_SHA256):
        sdk.bindings_source(tmp_path)
    assert fetched == [tmp_path]  # the bad cached copy was fetched again, not trusted
