"""The bindings gate on the real thing: our openapi.yaml against determined==0.38.1's bindings.

It fails listing every disagreement, and every allowed difference that no longer occurs.
"""

from __future__ import annotations

from collections.abc import Callable

from . import gate
from .api_model import Api

#: Operations of the 0.38.1 master's swagger, all of which the bindings declare.
SDK_OPERATIONS = 261


def test_ours_and_the_sdk_bindings_agree(
    sdk_api: Api, our_api: Api, report_summary: Callable[[str], None]
) -> None:
    verdict = gate.judge(gate.compare(sdk_api, our_api), gate.load_allowed())
    report_summary(verdict.summary())
    assert verdict.ok, verdict.report()
    assert verdict.operations_total == SDK_OPERATIONS, verdict.report()
    assert verdict.operations_agree == verdict.operations_total
    assert verdict.fields_agree == verdict.fields_total
