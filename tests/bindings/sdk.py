"""The official SDK's generated bindings, as text: the test oracle of the bindings gate.

``determined==0.38.1`` is fetched with ``pip download --no-deps`` and pip's own hash check
(``--require-hashes``), kept in ``.cache/bindings-gate/`` (gitignored) so later runs are
offline, and its sha256 is checked again on every read. ``bindings.py`` is read from the
wheel as text: never imported, never installed, never a dependency of the package.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REQUIREMENT = "determined==0.38.1"
WHEEL = "determined-0.38.1-py3-none-any.whl"
#: sha256 of the wheel as PyPI publishes it (checked by pip on download, and here on read).
WHEEL_SHA256 = "22883b24c642afe2ebadc569cbe54b4c576571a97410987bac2eb1a46d3af7c0"
BINDINGS = "determined/common/api/bindings.py"
CACHE = ROOT / ".cache" / "bindings-gate"


class WheelError(RuntimeError):
    """The wheel could not be fetched, or is not the pinned one."""


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _download(into: Path) -> None:
    """``pip download`` the pinned wheel into ``into`` (atomically: a temporary folder
    beside it, then a rename), with pip checking the hash before anything is saved."""
    into.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=into) as tmp:
        requirements = Path(tmp) / "requirements.txt"
        requirements.write_text(f"{REQUIREMENT} --hash=sha256:{WHEEL_SHA256}\n")
        result = subprocess.run(
            [
                sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                "--require-hashes", "--disable-pip-version-check", "--quiet",
                "-r", str(requirements), "-d", tmp,
            ],
            capture_output=True,
            text=True,
            check=False,
        )  # fmt: skip
        if result.returncode != 0:
            raise WheelError(
                f"pip download {REQUIREMENT} failed (the bindings gate needs PyPI once, "
                f"then works offline from {into}):\n{result.stderr[-2000:]}"
            )
        (Path(tmp) / WHEEL).replace(into / WHEEL)


def wheel(cache: Path = CACHE) -> Path:
    """The pinned wheel, downloaded once into ``cache``; a cached file with another hash is
    fetched again (a torn or tampered download never reaches the gate)."""
    path = cache / WHEEL
    if not path.exists() or _sha256(path) != WHEEL_SHA256:
        _download(cache)
    digest = _sha256(path)
    if digest != WHEEL_SHA256:
        raise WheelError(f"{path}: sha256 {digest}, expected {WHEEL_SHA256}")
    return path


def bindings_source(cache: Path = CACHE) -> str:
    """The text of the official SDK's ``determined/common/api/bindings.py``."""
    with zipfile.ZipFile(wheel(cache)) as archive:
        return archive.read(BINDINGS).decode("utf-8")
