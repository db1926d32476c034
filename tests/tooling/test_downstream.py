"""A downstream project, as a new user builds one: it installs the wheel with `[testing]` into
its own venv, installs Prism with npm, copies the README's example (settings included),
runs pytest from its tests/ directory, and points the official `det` CLI at the mock command.

The mock it gets serves the openapi.yaml inside the installed wheel, not this checkout's; Prism
is found from pytest's rootdir (the project's node_modules), and no token file is written to
the (temporary) home.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from .._sdk import Det, contract_example, sdk_bin, table
from .conftest import ROOT, run

__all__ = ["sdk_bin"]  # the fixture, for this module's tests

DOWNSTREAM_TEST = """
from pathlib import Path

import pytest

import determined_client
from determined_api.api.experiments import get_experiment, get_experiments
from determined_client import InternalServerError, Prefer
from determined_client._spec import spec_path


def test_the_service_lists_experiments(determined_session):
    page = determined_session.call(get_experiments, limit=10)
    assert page.experiments[0].name
    detail = determined_session.call(get_experiment, experiment_id=page.experiments[0].id)
    assert detail.experiment.id == page.experiments[0].id


def test_error_paths(determined_session):
    with pytest.raises(InternalServerError):
        determined_session.call(get_experiments, limit=10, prefer=Prefer(code=500))


async def test_the_service_works_async(determined_async_session):
    page = await determined_async_session.call(get_experiments, limit=10)
    assert page.pagination.total >= len(page.experiments)


def test_the_mock_itself(determined_mock):
    assert determined_mock.url.startswith("http://127.0.0.1:")
    assert "Prism is listening" in determined_mock.output()
    project = Path(__file__).resolve().parents[1]
    prism = Path(f"/proc/{determined_mock.pid}/cmdline").read_text()
    assert str(project / "node_modules" / ".bin" / "prism") in prism  # the project's own


def test_it_runs_the_installed_wheel_and_its_contract():
    assert "site-packages" in determined_client.__file__
    assert "site-packages" in str(spec_path())
"""


def readme_block(language: str, first_line: str) -> str:
    """A README code block, verbatim, found by its first line (so the docs cannot drift)."""
    readme = (ROOT / "README.md").read_text()
    pattern = rf"```{language}\n({re.escape(first_line)}\n.*?)```"
    [block] = re.findall(pattern, readme, re.S)
    return block


@dataclass
class Downstream:
    root: Path  # holds project/, home/, elsewhere/
    python: Path
    wheel: Path

    @property
    def project(self) -> Path:
        return self.root / "my-service"

    @property
    def home(self) -> Path:
        return self.root / "home"

    def env(self) -> dict[str, str]:
        """The developer's environment without anything of ours or Determined's; a fresh home."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DET_", "DETERMINED_"))}
        for name in ("PYTHONPATH", "PYTEST_ADDOPTS", "VIRTUAL_ENV"):
            env.pop(name, None)
        env["HOME"] = str(self.home)
        env["XDG_CONFIG_HOME"] = str(self.home / ".config")
        return env

    def pytest(self, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        # Any pytest warning (pytest-asyncio's "loop scope unset" among them) fails the run:
        # the README's settings must be enough.
        return run(
            self.python, "-m", "pytest", "-q", "-p", "no:cacheprovider",
            "-W", "error::pytest.PytestWarning", *args, cwd=cwd, env=self.env(),
        )  # fmt: skip


@pytest.fixture(scope="module")
def downstream(
    tmp_path_factory: pytest.TempPathFactory, wheel: Path, testing_venv: Path
) -> Downstream:
    """The scratch project, around the session's venv that holds the wheel with its testing
    extra and nothing else, as the README says (tests/tooling/conftest.py)."""
    root = tmp_path_factory.mktemp("downstream")
    python = testing_venv / "python"
    project = root / "my-service"
    (project / "tests").mkdir(parents=True)
    (project / "pyproject.toml").write_text(readme_block("toml", "# pyproject.toml"))
    (project / "tests" / "test_experiments.py").write_text(
        readme_block("python", "# tests/test_experiments.py")
    )
    (project / "tests" / "test_with_determined_mock.py").write_text(DOWNSTREAM_TEST)
    # `npm install --save-dev @stoplight/prism-cli@5.16.0` in the project: here, the checkout's.
    (project / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    (root / "home").mkdir()
    (root / "elsewhere").mkdir()
    return Downstream(root, python, wheel)


def files_under(path: Path) -> list[str]:
    return sorted(str(p.relative_to(path)) for p in path.rglob("*") if p.is_file())


def test_the_readme_example_passes_from_the_tests_directory(downstream: Downstream) -> None:
    """`cd tests && pytest`: the README's example, verbatim, with its settings; Prism found in
    the project's node_modules; no token cache written to the home."""
    result = downstream.pytest(cwd=downstream.project / "tests")
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"\b10 passed\b", result.stdout), result.stdout
    assert files_under(downstream.home) == []


def test_prism_is_found_from_the_rootdir_when_run_from_elsewhere(downstream: Downstream) -> None:
    """From a directory outside the project (neither it nor its parents hold Prism)."""
    tests = downstream.project / "tests" / "test_with_determined_mock.py"
    result = downstream.pytest("-v", str(tests), cwd=downstream.root / "elsewhere")  # -q -v: header
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"rootdir: {downstream.project}" in result.stdout
    assert re.search(r"\b5 passed\b", result.stdout), result.stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_det_against_the_mock_command(downstream: Downstream, sdk_bin: Path) -> None:
    """The issue's "done when": in the scratch project, `python -m determined_client.testing`
    serves the installed contract and the official `det` commands all succeed against it."""
    port = free_port()
    mock = subprocess.Popen(
        [str(downstream.python), "-m", "determined_client.testing", "--port", str(port), "-q"],
        cwd=downstream.project, env=downstream.env(), stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )  # fmt: skip
    try:
        assert mock.stdout is not None
        first = mock.stdout.readline()
        url = f"http://127.0.0.1:{port}"
        assert url in first, first + (mock.stdout.read() if mock.poll() is not None else "")
        det_home = downstream.root / "det-home"
        det_home.mkdir(exist_ok=True)
        det = Det(sdk_bin, det_home, url)
        run_det_session(det)
    finally:
        if mock.poll() is None:
            os.kill(mock.pid, signal.SIGTERM)
        out = mock.communicate(timeout=30)[0]
    assert mock.returncode == 0, out


def run_det_session(det: Det) -> None:
    """The commands of issue 11, in a user's order, each checked against the contract."""
    master = contract_example("get", "/api/v1/master")
    assert yaml.safe_load(det.ok("master", "info"))["clusterName"] == master["clusterName"]
    det.ok("user", "login", "determined")
    assert det.ok("user", "whoami").strip() == "You are logged in as user 'determined'"
    assert "determined" in {r["Username"] for r in table(det.ok("user", "list"))}
    experiment = contract_example("get", "/api/v1/experiments/{id}")["experiment"]
    assert experiment["name"] in {r["Name"] for r in table(det.ok("experiment", "list"))}
    described = det.ok("experiment", "describe", str(experiment["id"]))
    assert table(described.split("Trials:")[0])[0]["Name"] == experiment["name"]
    models = contract_example("get", "/api/v1/models")["models"]
    assert {r["Name"] for r in table(det.ok("model", "list"))} == {m["name"] for m in models}
    templates = contract_example("get", "/api/v1/templates")["templates"]
    assert {r["Name"] for r in table(det.ok("template", "list"))} == {t["name"] for t in templates}
    tokens = contract_example("get", "/api/v1/tokens")["tokenInfo"]
    assert [r["ID"] for r in table(det.ok("token", "list"))] == [str(t["id"]) for t in tokens]
    created = contract_example("post", "/api/v1/tokens")
    assert f"TokenID: {created['tokenId']}" in det.ok("token", "create")
    det.ok("user", "logout")
    assert "determined" not in det.auth_json.read_text()


def test_the_wheel_installs_from_a_checkout_and_from_git(
    downstream: Downstream, tmp_path: Path
) -> None:
    """The README's other two ways: pip builds the wheel itself, from the checkout's files or
    from a git URL (here the checkout's own repository, at its HEAD)."""
    # file://localhost/...: pip < 24 (Python 3.11's own) refuses a URL without a host.
    for source in (str(ROOT), f"determined-client @ git+file://localhost{ROOT}"):
        out = tmp_path / re.sub(r"\W+", "-", source)
        built = run(
            downstream.python, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out, source
        )
        assert built.returncode == 0, built.stderr
        [wheel] = out.glob("determined_client-*.whl")
        with zipfile.ZipFile(wheel) as zf:
            names = set(zf.namelist())
        assert "determined_client/openapi.yaml" in names
        assert "determined_api/api/experiments/get_experiment.py" in names
        assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
