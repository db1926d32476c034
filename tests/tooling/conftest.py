"""A scratch copy of the repo's generation inputs, so tooling tests never touch the real tree."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
INPUTS = ["scripts", "templates", "generated", "openapi.yaml", "openapi-python-client.yaml"]


def tree_digest(path: Path) -> dict[str, str]:
    return {
        str(p.relative_to(path)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


class Workspace:
    def __init__(self, root: Path) -> None:
        self.root = root
        for name in INPUTS:
            src = ROOT / name
            if src.is_dir():
                shutil.copytree(src, root / name, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy2(src, root / name)

    def run(self, script: str, *args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "VENV": str(ROOT / ".venv")}
        return subprocess.run(
            [str(self.root / "scripts" / script), *args],
            cwd=self.root, env=env, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip

    def edit_spec(self, change) -> None:  # type: ignore[no-untyped-def]
        path = self.root / "openapi.yaml"
        spec = yaml.safe_load(path.read_text())
        change(spec)
        path.write_text(yaml.safe_dump(spec, sort_keys=False))


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path)
