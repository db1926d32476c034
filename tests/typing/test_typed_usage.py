"""mypy --strict knows every operation's arguments and answers (issue: typed call interface).

usage.py holds typed uses of call/paginate/stream, sync and async; the lines marked
``# expect: <code>`` are mistakes mypy must report (a misspelled argument, a wrong type, a
wrong attribute of a paginated or streamed item, an operation of the wrong kind), and no
other line may be reported.
"""

from __future__ import annotations

import re
from pathlib import Path

from mypy import api

USAGE = Path(__file__).with_name("usage.py")
ROOT = Path(__file__).resolve().parents[2]


def expected() -> set[tuple[int, str]]:
    marks = set()
    for number, line in enumerate(USAGE.read_text().splitlines(), start=1):
        mark = re.search(r"# expect: ([a-z-]+)", line)
        if mark:
            marks.add((number, mark.group(1)))
    return marks


def test_mypy_reports_exactly_the_marked_mistakes() -> None:
    stdout, stderr, _ = api.run(
        ["--strict", "--no-error-summary", "--show-error-codes", "--config-file",
         str(ROOT / "pyproject.toml"), str(USAGE)]
    )  # fmt: skip
    found = set()
    for line in stdout.splitlines():
        report = re.match(r".*usage\.py:(\d+): error: .*\[([a-z-]+)\]$", line)
        if report:
            found.add((int(report.group(1)), report.group(2)))
    assert len(expected()) >= 15
    assert found == expected(), stdout + stderr
