"""Importing is cheap at the whole API's size: an operation module does not import the
models of its answers (attrs class creation is most of the import cost, bench/RESULTS.md),
only its parameters' types, and ``import determined_client`` leaves out what only some
programs use. Checked by what gets imported, never by timing (the bench measures the
time)."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest

API = Path(__file__).resolve().parents[2] / "generated" / "determined_api" / "api"
OPERATION_FILES = sorted(p for p in API.rglob("*.py") if p.name != "__init__.py")


def imported_after(code: str) -> set[str]:
    """The modules loaded in a fresh interpreter after running ``code``."""
    probe = f"import sys\n{code}\nimport json; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return set(json.loads(out.splitlines()[-1]))


def type_only_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for imp in node.body:
                assert isinstance(imp, ast.ImportFrom)
                names |= {alias.asname or alias.name for alias in imp.names}
    return names


def runtime_uses(tree: ast.Module, names: set[str]) -> list[str]:
    """Loads of ``names`` where Python evaluates them: everywhere but quoted annotations and
    the annotations of local variables."""
    found: list[str] = []

    class Visitor(ast.NodeVisitor):
        def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
            if node.value is not None:
                self.visit(node.value)

        def visit_Name(self, node: ast.Name) -> None:
            if node.id in names and isinstance(node.ctx, ast.Load):
                found.append(f"{node.id} (line {node.lineno})")

    for node in tree.body:
        if not (isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING"):
            Visitor().visit(node)
    return found


def test_every_operation_module_is_covered() -> None:
    assert len(OPERATION_FILES) >= 260


def answer_names(tree: ast.Module) -> set[str]:
    """The models the module's success answer is read into (``_models.X`` at run time)."""
    return {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "_models"
    }


@pytest.mark.parametrize("path", OPERATION_FILES, ids=lambda p: p.stem)
def test_answer_models_are_read_only_through_the_lazy_package(path: Path) -> None:
    tree = ast.parse(path.read_text())
    type_only = type_only_names(tree)
    assert runtime_uses(tree, type_only) == []
    eager = {
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("models.")
        for alias in node.names
    }
    assert answer_names(tree) <= type_only | eager
    assert answer_names(tree) - eager, "the answer's model is imported with the module"


@pytest.mark.parametrize("path", OPERATION_FILES, ids=lambda p: p.stem)
def test_parameter_annotations_are_real_classes(path: Path) -> None:
    """Tools that build calls from signatures (our contract tests do) read the body's model
    class from ``inspect.signature``: parameters are not postponed."""
    module = importlib.import_module(
        "determined_api.api." + ".".join(path.relative_to(API).with_suffix("").parts)
    )
    for parameter in inspect.signature(module.sync_detailed).parameters.values():
        assert not isinstance(parameter.annotation, str), parameter
    body = inspect.signature(module.sync_detailed).parameters.get("body")
    if body is not None and "to_dict" in dir(body.annotation):
        assert callable(body.annotation.from_dict)


def test_importing_every_operation_imports_no_answer_model() -> None:
    loaded = imported_after(
        "import importlib, pkgutil, determined_api.api as api\n"
        "for tag in pkgutil.iter_modules(api.__path__):\n"
        "    pkg = importlib.import_module(f'determined_api.api.{tag.name}')\n"
        "    for op in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(f'{pkg.__name__}.{op.name}')\n"
    )
    assert "determined_api.api.experiments.get_experiments" in loaded
    models = {m for m in loaded if m.startswith("determined_api.models.")}
    answers = {
        "experiment",
        "get_experiments_response",
        "get_master_response",
        "trial_logs_response",
    }
    assert {f"determined_api.models.{m}" for m in answers} & models == set()
    every = {p.stem for p in (API.parent / "models").glob("*.py")} - {"__init__"}
    assert len(models) < len(every) / 2, f"{len(models)} of {len(every)} model modules"


def test_a_model_is_imported_when_an_answer_is_read() -> None:
    body = {"version": "0.38.1", "masterId": "m", "clusterId": "c", "clusterName": "n"}
    body |= {"strictJobQueueControl": False, "hasCustomLogo": False}
    loaded = imported_after(
        "from determined_api.api.cluster import get_cluster_info\n"
        "assert 'determined_api.models.get_master_response' not in sys.modules\n"
        f"answer = get_cluster_info._from_json({body!r})\n"
        "assert type(answer).__name__ == 'GetMasterResponse', answer\n"
    )
    assert "determined_api.models.get_master_response" in loaded


def test_import_determined_client_leaves_out_what_few_programs_use() -> None:
    """asyncio (async sessions import it when they start), filelock (the first token cache
    write), the login models (the first login). httpx 0.28 imports none of them either."""
    loaded = imported_after("import determined_client")
    unwanted = {"asyncio", "filelock", "determined_api.models.login_request"}
    assert unwanted & loaded == set()
