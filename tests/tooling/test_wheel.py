"""The wheel holds both packages, their py.typed markers, the pinned contract, the plugin, the
mock's front process and command, the testing extra, the license text, the
``determined-client`` command and the optional ``[mcp]`` extra."""

from __future__ import annotations

import zipfile
from pathlib import Path

from .conftest import ROOT


def test_one_wheel_with_both_packages_and_the_contract(wheel: Path) -> None:
    """wheel: built from this checkout once per session (tests/tooling/conftest.py)."""
    assert wheel.name.startswith("determined_client-")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        packaged_spec = zf.read("determined_client/openapi.yaml")
        entry_points = zf.read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
        metadata = zf.read(next(n for n in names if n.endswith("METADATA"))).decode()
        license_text = zf.read(next(n for n in names if n.endswith(".dist-info/licenses/LICENSE")))

    for required in [
        "determined_client/__init__.py",
        "determined_client/py.typed",
        "determined_client/pytest_plugin.py",
        "determined_client/testing/__main__.py",
        "determined_client/testing/_front.py",
        "determined_client/testing/_body_rules.py",
        "determined_api/__init__.py",
        "determined_api/py.typed",
        "determined_api/api/experiments/get_experiment.py",
        "determined_api/models/experiment.py",
        "determined_client/cli.py",
        "determined_client/mcp/__main__.py",
        "determined_client/mcp/_server.py",
    ]:
        assert required in names
    assert packaged_spec == (ROOT / "openapi.yaml").read_bytes()
    assert "[pytest11]" in entry_points
    assert "determined_client = determined_client.pytest_plugin" in entry_points
    assert "Requires-Python: >=3.11" in metadata
    assert "[console_scripts]" in entry_points
    assert "determined-mock = determined_client.testing._cli:main" in entry_points
    assert "License-Expression: Apache-2.0" in metadata
    assert "License-File: LICENSE" in metadata
    assert license_text == (ROOT / "LICENSE").read_bytes()
    assert b"Apache License" in license_text and b"END OF TERMS AND CONDITIONS" in license_text
    assert "Provides-Extra: testing" in metadata
    testing = sorted(
        line.split(";")[0].removeprefix("Requires-Dist: ").strip()
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:") and "extra == 'testing'" in line
    )
    assert testing == [
        "aiohttp<4,>=3.9",
        "pytest-asyncio<2,>=0.24",
        "pytest<10,>=8",
        "pyyaml<7,>=6",
    ]
    assert "determined-client = determined_client.cli:main" in entry_points
    assert "Provides-Extra: mcp" in metadata
    assert "Requires-Dist: mcp<3,>=2.3; extra == 'mcp'" in metadata
    assert not any(
        "mcp" in line and "extra" not in line
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:")
    )  # the base install has no SDK
    assert not any(n.startswith(("tests/", "generated/", "bench/")) for n in names)
