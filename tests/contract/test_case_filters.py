"""The rules that keep out of the property tests the cases which would only measure Prism's
own bugs and differences (``_support.sendable_*``), on the inputs that showed them: they must
drop exactly those and keep everything a master could be sent."""

from __future__ import annotations

import pytest

from ._support import sendable_body, sendable_headers, sendable_query


@pytest.mark.parametrize(
    ("query", "sendable"),
    [
        (None, True),
        ({"period": "RESOURCE_ALLOCATION_AGGREGATION_PERIOD_MONTHLY"}, True),
        ({"limit": 0, "offset": -1}, True),
        ({"labels": ["a", "b"]}, True),
        # the coverage phase's boundary value for a required string (resourceAllocationAggregated)
        (
            {
                "startDate": "",
                "endDate": "",
                "period": "RESOURCE_ALLOCATION_AGGREGATION_PERIOD_MONTHLY",
            },
            False,
        ),
        ({"labels": ["a", ""]}, False),
    ],
)
def test_empty_query_values_are_dropped(query: object, sendable: bool) -> None:
    assert sendable_query(query) is sendable


@pytest.mark.parametrize(
    ("body", "sendable"),
    [
        ({"password": ""}, True),
        ("x", True),
        (0, True),
        (None, True),
        ("", False),
        (b"\x00{", False),
    ],
)
def test_empty_string_and_raw_bodies_are_dropped(body: object, sendable: bool) -> None:
    assert sendable_body(body) is sendable


@pytest.mark.parametrize(
    ("content_type", "sendable"),
    [
        ("application/json", True),
        ("text/plain; charset=utf-8", True),
        ("application/json;;x", True),  # a bad parameter: Prism's parser skips it
        ("a/b\t;q", True),
        ("x-made-up/thing", True),  # an undocumented media type is a fair negative case
        ("[T?e", False),  # what negative fuzzing sent before Prism exited
        ("a/b c", False),
        ("application/", False),
        ("", False),
    ],
)
def test_content_types_prism_cannot_parse_are_dropped(content_type: str, sendable: bool) -> None:
    assert bool(sendable_headers({"Content-Type": content_type})) is sendable
    assert bool(sendable_headers({"content-type": content_type})) is sendable


def test_other_headers_are_left_alone() -> None:
    assert sendable_headers(None)
    assert sendable_headers({"X-Anything": "[T?e", "Authorization": "Bearer x"})
