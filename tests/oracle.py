"""The official SDK (``determined==0.38.1``) as a test oracle, never a runtime dependency.

The wheel is fetched once with ``pip download --no-deps`` into pytest's cache (or taken from
``$DETERMINED_SDK_WHEEL``) and checked against its known sha256. Importing the SDK would
pull in its dependencies (requests, ...), so the few functions the tests need are read out
of the wheel's source and run as they are, each with just the imports it uses; where one
calls into the rest of the SDK (``login``), the tests hand it recording stand-ins and run
the real function body.
"""

from __future__ import annotations

import ast
import hashlib
import os
import subprocess
import sys
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

SDK = "determined==0.38.1"
WHEEL = "determined-0.38.1-py3-none-any.whl"
WHEEL_SHA256 = "22883b24c642afe2ebadc569cbe54b4c576571a97410987bac2eb1a46d3af7c0"


def fetch_wheel(cache_dir: Path) -> Path:
    """The official wheel, downloaded once; fails (never skips) when it cannot be had."""
    given = os.environ.get("DETERMINED_SDK_WHEEL")
    wheel = Path(given) if given else cache_dir / WHEEL
    if not wheel.exists():
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             "--only-binary=:all:", "--disable-pip-version-check", "-d", str(cache_dir), SDK],
            check=True, timeout=300,
        )  # fmt: skip
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    assert digest == WHEEL_SHA256, f"{wheel} is not the official {SDK} wheel"
    return wheel


class OfficialSDK:
    """Functions and classes of the official SDK, read from its wheel and run as written."""

    def __init__(self, wheel: Path) -> None:
        self._zip = zipfile.ZipFile(wheel)

    def _module(self, path: str) -> tuple[str, ast.Module]:
        source = self._zip.read(path).decode("utf-8")
        with warnings.catch_warnings():  # the SDK's own source has an invalid escape or two
            warnings.simplefilter("ignore", SyntaxWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            return source, ast.parse(source)

    def load(self, path: str, names: list[str], prelude: str, env: dict[str, Any]) -> Any:
        """Run the top-level definitions ``names`` of module ``path`` after ``prelude``."""
        source, tree = self._module(path)
        parts = [prelude]
        for node in tree.body:
            targets: list[str] = []
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                targets = [node.name]
            elif isinstance(node, ast.Assign):
                targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if set(targets) & set(names):
                parts.append(ast.get_source_segment(source, node) or "")
        namespace = dict(env)
        exec(compile("\n\n".join(parts), f"{WHEEL}/{path}", "exec"), namespace)  # noqa: S102
        missing = [n for n in names if n not in namespace]
        assert not missing, f"{path} has no {missing}"
        return namespace

    def canonicalize_master_url(self) -> Callable[[str], str]:
        ns = self.load(
            "determined/common/api/_util.py",
            ["canonicalize_master_url"],
            "from urllib import parse",
            {},
        )
        return ns["canonicalize_master_url"]  # type: ignore[no-any-return]

    def _constants(self) -> dict[str, Any]:
        names = ["DEFAULT_DETERMINED_USER", "DEFAULT_DETERMINED_PASSWORD"]
        ns = self.load("determined/common/constants.py", names, "", {})
        return {n: ns[n] for n in names}

    def authentication(self) -> Authentication:
        """The SDK's login path: ``salt_and_hash``, ``login`` (its request body) and
        ``default_load_user_password`` (which username and password it takes)."""
        bindings = self.load(
            "determined/common/api/bindings.py",
            ["v1LoginRequest"],
            "import typing\nclass Printable: pass\nclass Unset: pass\n_unset = Unset()\n"
            "Json = typing.Any",
            {},
        )
        stubs = {
            "api": SimpleNamespace(),
            "bindings": SimpleNamespace(v1LoginRequest=bindings["v1LoginRequest"]),
            "certs": SimpleNamespace(Cert=object),
            "constants": SimpleNamespace(**self._constants()),
        }
        ns = self.load(
            "determined/common/api/authentication.py",
            ["PASSWORD_SALT", "salt_and_hash", "login", "default_load_user_password",
             "get_det_username_from_env", "get_det_password_from_env"],
            "import hashlib, os\nfrom typing import Optional, Tuple",
            stubs,
        )  # fmt: skip
        stubs["api"].salt_and_hash = ns["salt_and_hash"]
        return Authentication(ns, stubs)


class Authentication:
    """The official login functions, run against recording stand-ins for the network."""

    def __init__(self, ns: dict[str, Any], stubs: dict[str, SimpleNamespace]) -> None:
        self.salt_and_hash: Callable[[str], str] = ns["salt_and_hash"]
        self._ns, self._stubs = ns, stubs

    def login_body(self, username: str, password: str) -> dict[str, Any]:
        """The JSON body the official ``login()`` posts to /api/v1/auth/login."""
        sent: list[dict[str, Any]] = []

        def post_login(session: object, body: Any) -> Any:
            sent.append(body.to_json(True))  # what bindings.post_Login serialises
            return SimpleNamespace(token="t")

        api, bindings = self._stubs["api"], self._stubs["bindings"]
        api.UnauthSession = lambda **kw: object()
        api.Session = lambda **kw: SimpleNamespace(**kw)
        bindings.post_Login = post_login
        self._ns["login"]("http://m:8080", username, password)
        assert len(sent) == 1
        return sent[0]

    def user_and_password(self, requested_user: str | None) -> tuple[str, str | None]:
        """(username, password) the official CLI takes from DET_USER/DET_PASS (no cache)."""
        store = SimpleNamespace(get_active_user=lambda: None)
        user, password, _ = self._ns["default_load_user_password"](requested_user, None, store)
        return user, password
