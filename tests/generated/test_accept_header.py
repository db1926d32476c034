"""Operations that answer something other than JSON (CSV, text, archives) ask for it with
an Accept header listing exactly the contract's media types for their 200.

The regression: the template joined the generator's wrapped strings, so the header read
``<openapi_python_client...UntrustedString object at 0x7f...>`` (and every regeneration
wrote a different address)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.spec._spec import load, operations
from tests.unit.test_non_json_success import OTHER_OPERATIONS, required_args

GENERATED = Path(__file__).resolve().parents[2] / "generated" / "determined_api"


def contract_media(module_name: str) -> list[str]:
    """The 200 media types of the operation whose generated module is ``module_name``."""
    camel = re.sub(r"_(\w)", lambda m: m.group(1).upper(), module_name)
    wanted = {camel.lower()}
    for op_id, (_, _, op) in operations(load()).items():
        if op_id.lower() in wanted:
            return list(op["responses"]["200"]["content"])
    raise AssertionError(f"no operation for {module_name}")


@pytest.mark.parametrize("op", OTHER_OPERATIONS, ids=lambda op: op.__name__.rsplit(".", 1)[-1])
def test_accept_lists_the_contract_media_types(op) -> None:  # type: ignore[no-untyped-def]
    accept = op.request(**required_args(op)).kwargs["headers"]["Accept"]
    listed = [m.strip() for m in accept.split(",")]
    assert all(re.fullmatch(r"[\w.+-]+/[\w.+-]+", m) for m in listed), accept
    assert listed == contract_media(op.__name__.rsplit(".", 1)[-1])


def test_no_object_repr_in_generated_code() -> None:
    found = [
        str(path.relative_to(GENERATED))
        for path in GENERATED.rglob("*.py")
        if " object at 0x" in path.read_text()
    ]
    assert found == []
