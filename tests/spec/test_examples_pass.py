"""The examples pass (contract/passes/examples.py) on a tiny contract and a tiny examples folder."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from contract.passes.examples import apply_examples, load_examples


def write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(textwrap.dedent(text))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write(
        tmp_path,
        "_entities.yaml",
        """
        user: {id: 2, username: determined}
        experiment: {id: 42, owner: {$entity: user}, labels: [mnist]}
        """,
    )
    return tmp_path


def tiny_doc() -> dict[str, Any]:
    def op(op_id: str, answer: str, body: bool = False) -> dict[str, Any]:
        media = {"schema": {"$ref": f"#/components/schemas/{answer}"}}
        found: dict[str, Any] = {
            "operationId": op_id,
            "responses": {"200": {"description": "", "content": {"application/json": media}}},
        }
        if body:
            found["requestBody"] = {
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Experiment"}}
                }
            }
        return found

    return {
        "paths": {
            "/a": {
                "get": op("getExperiment", "Experiment"),
                "patch": op("patchExperiment", "Experiment", True),
            },
            "/b": {"post": op("logout", "Empty")},
        },
        "components": {
            "schemas": {
                "Experiment": {
                    "type": "object",
                    "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
                },
                "Empty": {"type": "object"},
            }
        },
    }


def test_entities_resolve_with_overrides_and_nesting(folder: Path) -> None:
    write(
        folder,
        "experiments.yaml",
        """
        getExperiment:
          response: {experiment: {$entity: experiment, labels: []}}
        """,
    )
    [(op_id, entry)] = load_examples(folder).items()
    assert op_id == "getExperiment"
    assert entry["file"] == "experiments.yaml"
    assert entry["response"] == {
        "experiment": {"id": 42, "owner": {"id": 2, "username": "determined"}, "labels": []}
    }


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"a.yaml": "getX: {response: {$entity: nobody}}"}, "unknown example entity 'nobody'"),
        ({"a.yaml": "getX: {answer: {}}"}, "takes only"),
        ({"a.yaml": "getX: {response: {}}", "b.yaml": "getX: {response: {}}"}, "in both"),
        (
            {
                "_entities.yaml": "loop: {next: {$entity: loop}}",
                "a.yaml": "getX: {response: {$entity: loop}}",
            },
            "contains itself",
        ),
    ],
)
def test_mistakes_in_the_examples_fail_loudly(
    folder: Path, files: dict[str, str], message: str
) -> None:
    for name, text in files.items():
        write(folder, name, text)
    with pytest.raises(ValueError, match=message):
        load_examples(folder)


def test_written_examples_win_and_rules_fill_the_rest() -> None:
    doc = tiny_doc()
    written = {
        "getExperiment": {"response": {"id": 42, "name": "mnist-pytorch-adaptive"}},
        "patchExperiment": {"request": {"name": "renamed"}},
    }
    apply_examples(doc, written)
    get = doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
    assert get["example"] == {"id": 42, "name": "mnist-pytorch-adaptive"}
    patch = doc["paths"]["/a"]["patch"]
    assert patch["requestBody"]["content"]["application/json"]["example"] == {"name": "renamed"}
    made = patch["responses"]["200"]["content"]["application/json"]["example"]
    assert made["id"] == 42 and made["name"] == "mnist-pytorch-adaptive"  # by the value rules
    logout = doc["paths"]["/b"]["post"]["responses"]["200"]["content"]["application/json"]
    assert logout["example"] == {}


def test_an_example_for_an_unknown_operation_fails_the_build() -> None:
    with pytest.raises(ValueError, match="unknown operations: \\['getRenamed'\\]"):
        apply_examples(tiny_doc(), {"getRenamed": {"response": {}}})


def test_a_request_example_needs_a_request_body() -> None:
    with pytest.raises(ValueError, match="no request body"):
        apply_examples(tiny_doc(), {"logout": {"request": {}}})
