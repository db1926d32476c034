"""A downstream project installs the wheel and tests its code with the plugin's fixtures.

This is what a service pinning determined-client does: pip install the wheel into its own
venv, write a test that takes `determined_session`, run pytest. The mock it gets serves the
openapi.yaml inside the installed wheel, not this checkout's.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

DOWNSTREAM_TEST = """
import determined_client
from determined_api.api.experiments import get_experiment, get_experiments
from determined_client._spec import spec_path


def test_the_service_lists_experiments(determined_session):
    page = determined_session.call(get_experiments, limit=10)
    assert page.experiments[0].name
    detail = determined_session.call(get_experiment, experiment_id=page.experiments[0].id)
    assert detail.experiment.id == page.experiments[0].id


async def test_the_service_works_async(determined_async_session):
    page = await determined_async_session.call(get_experiments, limit=10)
    assert page.pagination.total >= len(page.experiments)


def test_it_runs_the_installed_wheel_and_its_contract():
    assert "site-packages" in determined_client.__file__
    assert "site-packages" in str(spec_path())
"""


def readme_example() -> str:
    """The README's downstream example test, verbatim, so the docs cannot drift."""
    readme = (ROOT / "README.md").read_text()
    [block] = re.findall(r"```python\n(# tests/test_experiments.py\n.*?)```", readme, re.S)
    return block


def run(*argv: str | Path, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in argv], capture_output=True, text=True, timeout=600, check=False, **kw
    )  # type: ignore[call-overload, no-any-return]


def test_scratch_project_uses_the_fixtures_from_the_installed_wheel(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    built = run(
        sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", dist, cwd=ROOT
    )
    assert built.returncode == 0, built.stderr
    [wheel] = dist.glob("*.whl")

    venv = tmp_path / "downstream-venv"
    assert run(getattr(sys, "_base_executable", sys.executable), "-m", "venv", venv).returncode == 0
    py = venv / "bin" / "python"
    installed = run(
        py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        wheel, "pytest==9.2.0", "pytest-asyncio==1.5.0",
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr

    project = tmp_path / "my-service"
    (project / "tests").mkdir(parents=True)
    (project / "pyproject.toml").write_text('[tool.pytest.ini_options]\nasyncio_mode = "auto"\n')
    (project / "tests" / "test_with_determined_mock.py").write_text(DOWNSTREAM_TEST)
    (project / "tests" / "test_experiments.py").write_text(readme_example())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DET_", "DETERMINED_"))}
    env.pop("PYTHONPATH", None)
    # The service installed Prism itself (npm install @stoplight/prism-cli) and says where.
    env["DETERMINED_PRISM_BIN"] = str(ROOT / "node_modules" / ".bin" / "prism")

    result = run(py, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=project, env=env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "7 passed" in result.stdout
