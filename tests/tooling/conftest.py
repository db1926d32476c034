"""Scratch copies for the tooling tests, so they never touch the real tree, and the costly
things they share (a repo on a slice of the contract, the wheel, venvs with it installed),
each made once per test session whichever pytest-xdist worker needs it first."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from filelock import FileLock

from ._slice import contract_slice, load_spec

ROOT = Path(__file__).resolve().parents[2]
# What scripts/generate, scripts/check-generated and Spectral read.
INPUTS = ["scripts", "templates", "openapi-python-client.yaml", ".spectral.yaml"]


def tree_digest(path: Path) -> dict[str, str]:
    return {
        str(p.relative_to(path)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def run(*argv: str | Path, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in argv], capture_output=True, text=True, timeout=600, check=False, **kw
    )  # type: ignore[call-overload, no-any-return]


def once_per_session(
    factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]
) -> Path:
    """The directory `name`, filled by build() once per test session and shared by all its
    xdist workers (the others wait on a file lock; the layout is pytest-xdist's documented
    one). Tests must treat it as read-only. A failed build is retried by the next user, so
    every test that needs it reports the failure."""
    base = factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the session's temp dir; each worker's basetemp is inside it
    target, done = base / name, base / f"{name}.done"
    with FileLock(str(base / f"{name}.lock")):
        if not done.exists():
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir()
            build(target)
            done.touch()
    return target


class Workspace:
    """A scratch repo to run scripts/ in: a copy of `source` (which holds INPUTS,
    openapi.yaml and generated/)."""

    def __init__(self, root: Path, source: Path) -> None:
        self.root = root
        for name in [*INPUTS, "openapi.yaml", "generated"]:
            src = source / name
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
        spec = load_spec(path.read_text())
        change(spec)
        path.write_text(yaml.safe_dump(spec, sort_keys=False))


def build_sliced_repo(root: Path) -> None:
    """INPUTS from this checkout, openapi.yaml cut to a slice, generated/ made from it by
    scripts/generate (so the tree is what the scripts produce, as in the real repo)."""
    for name in INPUTS:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, root / name)
    spec = contract_slice(load_spec((ROOT / "openapi.yaml").read_text()))
    (root / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    env = {**os.environ, "VENV": str(ROOT / ".venv")}
    result = run(root / "scripts" / "generate", cwd=root, env=env)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="session")
def sliced_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repo whose contract is a slice of openapi.yaml, with its generated/ (read-only)."""
    return once_per_session(tmp_path_factory, "sliced-repo", build_sliced_repo)


@pytest.fixture
def workspace(tmp_path: Path, sliced_repo: Path) -> Workspace:
    return Workspace(tmp_path, sliced_repo)


def build_wheel(dist: Path) -> None:
    built = run(
        sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", dist, cwd=ROOT
    )
    assert built.returncode == 0, built.stderr


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package's wheel, built from this checkout once per session (read-only)."""
    [path] = once_per_session(tmp_path_factory, "dist", build_wheel).glob("*.whl")
    return path


def venv_with(factory: pytest.TempPathFactory, wheel: Path, extra: str) -> Path:
    """A fresh venv holding the wheel with one extra, installed as a user would (pip from the
    index, nothing else), once per session: its bin/ directory. Each extra gets a venv of its
    own, so each test shows that extra alone is enough."""

    def build(venv: Path) -> None:
        base_python = getattr(sys, "_base_executable", sys.executable)
        assert run(base_python, "-m", "venv", venv).returncode == 0
        # --no-compile: .pyc files are written on import instead (a third of the install's
        # CPU is compiling modules no test imports); what is installed is the same.
        installed = run(
            venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--no-compile",
            "--disable-pip-version-check", f"{wheel}[{extra}]",
        )  # fmt: skip
        assert installed.returncode == 0, installed.stderr

    return once_per_session(factory, f"venv-{extra}", build) / "bin"


@pytest.fixture(scope="session")
def testing_venv(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Path:
    """bin/ of a venv with `determined-client[testing]` from the wheel (read-only)."""
    return venv_with(tmp_path_factory, wheel, "testing")


@pytest.fixture(scope="session")
def mcp_venv(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Path:
    """bin/ of a venv with `determined-client[mcp]` from the wheel (read-only)."""
    return venv_with(tmp_path_factory, wheel, "mcp")
