"""Name the model field a parse failure happened in, for the error message.

The generated models name the field in their own type errors (``Experiment.id: expected
int, got str``), but a value of the right type that still does not parse (a date such as
``"yesterday"``) fails inside ``datetime.fromisoformat`` with only the value, and a missing
required field as a bare ``KeyError``. The model and field are then read from the
traceback: the innermost frame in ``determined_api.models`` gives the model (its ``cls``),
and its source line, or the assignment from ``d.pop("<field>")`` that fed it, the field.
Best effort: when the source cannot be read, the model name alone is given.
"""

from __future__ import annotations

import linecache
import re
import traceback
from types import FrameType

_POP = re.compile(r"""d\.pop\(\s*["']([^"']+)["']""")
_LAST_NAME = re.compile(r"\(\s*(\w+)\s*\)\s*$")
_FOR = re.compile(r"^\s*for\s+\w+\s+in\s+(\w+)\s*:")
_LOOKBACK = 40


def _model_frame(exc: BaseException) -> tuple[FrameType, int] | None:
    found = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if str(frame.f_globals.get("__name__", "")).startswith("determined_api.models."):
            found = (frame, lineno)
    return found


def _field(filename: str, lineno: int) -> str | None:
    line = linecache.getline(filename, lineno)
    if (pop := _POP.search(line)) is not None:
        return pop.group(1)
    name = _LAST_NAME.search(line.strip())
    var = name.group(1) if name else None
    for back in range(lineno - 1, max(0, lineno - _LOOKBACK), -1):
        if var is None:
            return None
        text = linecache.getline(filename, back)
        if re.match(rf"^\s*{re.escape(var)}\s*=", text):
            pop = _POP.search(text)
            return pop.group(1) if pop else None
        loop = _FOR.match(text)
        if loop is not None and re.match(rf"^\s*for\s+{re.escape(var)}\s+in", text):
            var = loop.group(1)  # an item of a list field: follow the list
    return None


def model_field(exc: BaseException) -> str | None:
    """``"Model.field"`` (or ``"Model"``) where a generated model's parse raised ``exc``."""
    where = _model_frame(exc)
    if where is None:
        return None
    frame, lineno = where
    model = getattr(frame.f_locals.get("cls"), "__name__", None)
    if not isinstance(model, str):
        return None
    field = _field(frame.f_code.co_filename, lineno)
    return f"{model}.{field}" if field else model
