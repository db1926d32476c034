"""The command line: entry points, --list-tools, errors, and a base package free of the SDK."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from determined_client import __version__
from determined_client.cli import main

from .conftest import CAPABILITY_TOOLS, ROOT, SPEC, spec_operation, tag_tool_names
from .test_catalog import tools_for

SCRIPT = str(Path(sys.executable).parent / "determined-client")


def run(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(argv), capture_output=True, text=True, timeout=120, check=False, env=env
    )


def test_list_tools_shows_the_default_tools_with_hints(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mcp", "--list-tools"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == list(CAPABILITY_TOOLS)
    by_name = {line.split()[0]: line for line in lines}
    assert "read-only idempotent" in by_name["getexperiment"]
    assert by_name["getexperiment"].rstrip().endswith(spec_operation("getExperiment")["summary"])
    assert "write" in by_name["login"] and "read-only" not in by_name["login"]


def test_both_entry_points_take_the_same_options() -> None:
    script = run(SCRIPT, "mcp", "--list-tools", "--tools", "Tokens,-postAccessToken")
    module = run(sys.executable, "-m", "determined_client.mcp", "--list-tools", "--tools=Tokens")
    assert script.returncode == module.returncode == 0, script.stderr + module.stderr
    assert [ln.split()[0] for ln in script.stdout.splitlines()] == [
        n for n in tag_tool_names("Tokens") if n != "postaccesstoken"
    ]
    assert "postaccesstoken" in module.stdout
    assert run(SCRIPT, "--version").stdout.strip() == f"determined-client {__version__}"
    assert "--tools" in run(SCRIPT, "mcp", "--help").stdout


def test_a_bad_selector_or_spec_exits_2_with_the_reason(tmp_path: Path) -> None:
    bad = run(SCRIPT, "mcp", "--tools", "getExperimnt")
    assert bad.returncode == 2
    assert "did you mean getexperiment" in bad.stderr
    not_a_spec = tmp_path / "x.yaml"
    not_a_spec.write_text("just: text\n")
    wrong = run(SCRIPT, "mcp", "--spec", str(not_a_spec), "--list-tools")
    assert wrong.returncode == 2 and "is not an OpenAPI document" in wrong.stderr


def test_the_base_package_never_imports_the_sdk() -> None:
    probe = (
        "import sys, determined_client, determined_client.cli, determined_client.mcp\n"
        "from determined_client import Session\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('mcp', 'mcp_types', 'jsonschema', 'uvicorn', 'starlette', 'yaml'))\n"
        "print(bad)\n"
    )
    done = run(sys.executable, "-c", probe)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("blocked", ["mcp", "yaml"])
def test_without_the_extra_it_says_what_to_install(blocked: str) -> None:
    probe = (
        f"import sys; sys.modules[{blocked!r}] = None\n"
        "from determined_client.cli import main\n"
        "sys.exit(main(['mcp']))\n"
    )
    done = run(sys.executable, "-c", probe)
    assert done.returncode == 2
    assert "pip install 'determined-client[mcp]'" in done.stderr
    assert "Traceback" not in done.stderr


def readme_mcp_section() -> str:
    text = (ROOT / "README.md").read_text()
    return text[text.index("## MCP server for AI agents") : text.index("## Testing your service")]


def test_the_readme_tells_the_truth_about_the_default_tools() -> None:
    section = readme_mcp_section()
    rows = re.findall(r"^\| `(\w+)` \| (\w+) (\S+) \| ([^|]+) \|$", section, re.M)
    documented = {name: (method, path, hints.strip()) for name, method, path, hints in rows}
    actual = {
        t.name: (
            t.operation.method,
            t.operation.path,
            "read-only, idempotent" if t.hints.read_only else "—",
        )
        for t in tools_for(SPEC, "default")
    }
    assert documented == actual


def test_the_readme_client_config_runs_this_command() -> None:
    [snippet] = re.findall(r"```json\n(.*?)```", readme_mcp_section(), re.S)
    server = json.loads(snippet)["mcpServers"]["determined"]
    assert [server["command"], *server["args"]] == ["determined-client", "mcp"]
    assert set(server["env"]) <= {"DET_MASTER", "DETERMINED_AI_TOKEN", "DET_USER", "DET_PASS"}
