"""Compile ``openapi.yaml``: convert the master's swagger, then apply our passes in order.

    python -m contract [FACTS_DIR] [-o openapi.yaml]

Converting Swagger 2.0 to OpenAPI 3.0 is done by the pinned ``swagger2openapi`` (npm,
``package.json``); everything after that is one small named pass per correction
(``contract/passes/``), each tested on a tiny input in ``tests/contract_build/``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from . import facts as facts_mod
from .passes import PASSES

ROOT = Path(__file__).resolve().parents[1]
CONVERTER = ROOT / "node_modules" / ".bin" / "swagger2openapi"


def convert(swagger: dict[str, Any]) -> dict[str, Any]:
    """Swagger 2.0 -> OpenAPI 3.0.3 with the pinned converter.

    ``--patch`` lets it fill in what 3.0 makes mandatory and the prose-free facts lack
    (response descriptions); our text pass replaces those blanks.
    """
    if not CONVERTER.exists():
        raise SystemExit(f"contract: {CONVERTER} is missing; run `npm ci` (make setup)")
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "swagger.json", Path(tmp) / "openapi.json"
        src.write_text(json.dumps(swagger))
        subprocess.run(  # noqa: S603 - fixed argv, our own pinned tool
            [str(CONVERTER), "--patch", "--targetVersion", "3.0.3", str(src), "-o", str(dst)],
            check=True,
            capture_output=True,
            text=True,
        )
        converted: dict[str, Any] = json.loads(dst.read_text())
    return converted


def compile_contract(facts: facts_mod.Facts) -> dict[str, Any]:
    """The whole build: convert, then every pass in ``PASSES`` order."""
    doc = convert(facts.swagger)
    for apply in PASSES:
        apply(doc, facts)
    return doc


class _Dumper(yaml.SafeDumper):
    """Plain YAML: no anchors (each node written where it is), keys in insertion order."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump(doc: dict[str, Any]) -> str:
    """Deterministic YAML text of the contract."""
    text: str = yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m contract", description=__doc__.split("\n")[0])
    parser.add_argument("facts", nargs="?", type=Path, default=facts_mod.DEFAULT_DIR)
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "openapi.yaml")
    args = parser.parse_args(argv)
    if not args.facts.is_dir():
        print(f"contract: no facts folder at {args.facts}", file=sys.stderr)
        return 2
    text = dump(compile_contract(facts_mod.load(args.facts)))
    args.output.write_text(text)
    print(f"contract: wrote {args.output} from {args.facts}")
    return 0
