"""The official SDK and its `det` CLI, in a venv of their own, for the interop tests and
the downstream project's.

`scripts/sdk-env` installs `determined==0.38.1` once (cached under .cache/); every `det` run
gets a temporary HOME (so its token cache, `~/.config/determined/auth.json`, is the test's)
and an environment with nothing from the developer's: no DET_*, no proxies, DET_MASTER
pointing at the mock only.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from determined_client.testing import spec_path
from determined_client.testing._body_rules import load_contract

ROOT = Path(__file__).resolve().parents[1]
OFFICIAL_SDK = "determined==0.38.1"


@pytest.fixture(scope="session")
def sdk_bin() -> Path:
    """bin/ of the official SDK's venv (installed on first use, then reused)."""
    result = subprocess.run(
        [str(ROOT / "scripts" / "sdk-env")],
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        pytest.fail(f"scripts/sdk-env could not install {OFFICIAL_SDK}:\n{result.stderr}")
    path = Path(result.stdout.strip().splitlines()[-1])
    assert (path / "det").is_file() and (path / "python").is_file()
    return path


@dataclass
class Det:
    """Runs the official `det` CLI like a new user would: fresh HOME, DET_MASTER = the mock."""

    bin: Path
    home: Path
    master: str | None
    runs: list[subprocess.CompletedProcess[str]] = field(default_factory=list)

    def env(self) -> dict[str, str]:
        env = {
            "PATH": f"{self.bin}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "LANG": "C.UTF-8",
        }
        if self.master is not None:
            env["DET_MASTER"] = self.master
        return env

    def run(
        self, *args: str, stdin: str = "\n", timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        """`det args...`; stdin answers a password prompt with the empty password (its own
        session, so there is no terminal and getpass reads stdin)."""
        result = subprocess.run(
            [str(self.bin / "det"), *args],
            input=stdin, env=self.env(), cwd=self.home, capture_output=True, text=True,
            timeout=timeout, check=False, start_new_session=True,
        )  # fmt: skip
        self.runs.append(result)
        return result

    def ok(self, *args: str, **kwargs: Any) -> str:
        """stdout of a `det` run that must exit 0."""
        result = self.run(*args, **kwargs)
        assert result.returncode == 0, (
            f"det {' '.join(args)} exited {result.returncode}\n"
            f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
        )
        return result.stdout

    @property
    def auth_json(self) -> Path:
        return self.home / ".config" / "determined" / "auth.json"


# -- what the contract says the mock answers --------------------------------------------------


def _template(path: str) -> str:
    return re.sub(r"\{[^}/]+\}", "{}", path)


@functools.cache
def _contract() -> dict[str, Any]:
    return load_contract(spec_path())


def contract_example(method: str, path: str) -> Any:
    """The body the mock serves for ``method path`` (its first example of the 200 answer),
    read from the packaged contract; path variables may have any name."""
    spec = _contract()
    for template, item in spec["paths"].items():
        if _template(template) == _template(path) and method.lower() in item:
            content = item[method.lower()]["responses"]["200"]["content"]["application/json"]
            if "example" in content:
                return content["example"]
            first = next(iter(content["examples"].values()))
            if "$ref" in first:
                first = spec["components"]["examples"][first["$ref"].rsplit("/", 1)[1]]
            return first["value"]
    raise KeyError(f"{method} {path} is not in the packaged contract")


def table(text: str) -> list[dict[str, str]]:
    """Rows of a `det` table (tabulate's "presto" layout: `a | b`, then `---+---`).
    Continuation lines of multi-line cells (an empty first column) are skipped."""
    lines = [line for line in text.splitlines() if "|" in line or set(line) <= set("-+ ")]
    rule = next(i for i, line in enumerate(lines) if line and set(line) <= set("-+ "))
    header = [cell.strip() for cell in lines[rule - 1].split("|")]
    rows = []
    for line in lines[rule + 1 :]:
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) == len(header) and cells[0]:
            rows.append(dict(zip(header, cells, strict=True)))
    return rows
