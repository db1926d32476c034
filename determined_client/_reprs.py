"""Readable reprs for generated models: ``UNSET`` instead of ``<...Unset object at 0x...>``.

The generated models (attrs classes) show every optional field the master did not send as
the default repr of the generator's ``Unset`` sentinel, a memory address that changes on
every run. The proper fix is a template override of the generator's ``types.py`` (a
``__repr__`` on ``Unset``); until the generated code has it, the session layer sets it on
import. Setting a method on the sentinel's class changes no behaviour, only the text.
"""

from __future__ import annotations

from determined_api import types


def _unset_repr(self: object) -> str:
    return "UNSET"


def install() -> None:
    """Idempotent; leaves a ``__repr__`` the generated code defines itself alone."""
    if "__repr__" not in vars(types.Unset):
        types.Unset.__repr__ = _unset_repr  # type: ignore[method-assign]
