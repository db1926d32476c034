"""Locate the pinned OpenAPI contract (``openapi.yaml``) this package was built from."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

__all__ = ["spec_path"]

_SPEC_NAME = "openapi.yaml"


def spec_path() -> Path:
    """Return the path of the ``openapi.yaml`` this package pins.

    An installed wheel ships it as ``determined_client/openapi.yaml``; an editable install
    (a checkout) reads the repository root's ``openapi.yaml``.
    """
    packaged = importlib.resources.files("determined_client").joinpath(_SPEC_NAME)
    if isinstance(packaged, Path) and packaged.is_file():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / _SPEC_NAME
    if checkout.is_file():
        return checkout
    raise FileNotFoundError(
        f"{_SPEC_NAME} not found: neither {packaged} (installed wheel) nor {checkout} "
        "(source checkout) exists; reinstall determined-client"
    )
