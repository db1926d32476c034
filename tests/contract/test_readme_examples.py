"""The README's usage examples run, as written, against the mock: the docs cannot drift."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from determined_client import Session

README = Path(__file__).resolve().parents[2] / "README.md"


def usage_blocks() -> list[str]:
    text = README.read_text()
    usage = text[text.index("## Usage") : text.index("### Configuration")]
    return re.findall(r"```python\n(.*?)```", usage, re.S)


def test_sync_usage_example(
    determined_mock_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # the token cache goes here
    sync_block = usage_blocks()[0]
    code = sync_block.replace('"https://det.example.com:8080"', repr(determined_mock_url))
    assert code != sync_block
    exec(compile(code, "README.md (usage)", "exec"), {})  # noqa: S102
    printed = capsys.readouterr().out
    assert "mnist-pytorch-adaptive STATE_ACTIVE" in printed
    assert "42 mnist-pytorch-adaptive" in printed


async def test_async_usage_example(
    determined_mock_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DET_MASTER", determined_mock_url)
    monkeypatch.setenv("DET_USER", "determined")
    monkeypatch.setenv("DET_PASS", "")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    async_block = usage_blocks()[1]
    prelude = "from determined_api.api.experiments import get_experiment, get_experiments\n"
    code = prelude + "async def example():\n" + textwrap.indent(async_block, "    ")
    code += "    return exp\n"
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md (async usage)", "exec"), namespace)  # noqa: S102
    exp = await namespace["example"]()  # type: ignore[operator]
    assert exp.id == 42


def test_stream_usage_example(
    determined_session: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    stream_block = usage_blocks()[2]
    assert "s.stream(trial_logs" in stream_block
    exec(compile(stream_block, "README.md (stream)", "exec"), {"s": determined_session})  # noqa: S102
    assert capsys.readouterr().out.strip()  # the mock's trial-log line, printed
