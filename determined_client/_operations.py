"""What ``Session.call``/``paginate``/``stream`` accept: a generated operation module.

Every module ``determined_api.api.<tag>.<operation>`` has a ``request()`` function taking
exactly the operation's parameters (and the per-call options, ``timeout`` and ``prefer``);
list operations also have ``pages()``. These Protocols, generic in the function's
``ParamSpec``, let a type checker check each call's arguments against that signature and
know the answer's type, with no hand-written code per operation (templates/ write them).
"""

from __future__ import annotations

from types import ModuleType
from typing import Any, ParamSpec, Protocol, TypeVar

from determined_api.types import Pages, Request, StreamRequest

P = ParamSpec("P")
T = TypeVar("T")
Item = TypeVar("Item")

_MODULES = "a generated operation module (determined_api.api.<tag>.<operation>)"


class Operation(Protocol[P, T]):
    """An operation module: ``request(...)`` prepares one call answering ``T``."""

    def request(self, *args: P.args, **kwargs: P.kwargs) -> Request[T]: ...


class PagedOperation(Protocol[P, Item]):
    """A list operation module: ``pages(...)`` prepares every page of ``Item``s."""

    def pages(self, *args: P.args, **kwargs: P.kwargs) -> Pages[Any, Item]: ...


class StreamOperation(Protocol[P, Item]):
    """A streaming operation module: ``request(...)`` prepares a stream of ``Item``s."""

    def request(self, *args: P.args, **kwargs: P.kwargs) -> StreamRequest[Item]: ...


def name_of(op: object) -> str:
    """The operation's name for messages (``get_experiment``)."""
    name = op.__name__ if isinstance(op, ModuleType) else getattr(op, "__name__", repr(op))
    return str(name).rsplit(".", 1)[-1]


def prepare(op: object, kind: str, *args: Any, **kwargs: Any) -> Any:
    """Call the module's ``request``/``pages``; a wrong object is a clear TypeError."""
    build = getattr(op, kind, None)
    if not callable(build):
        what = "a paginated list operation" if kind == "pages" else _MODULES
        raise TypeError(f"{name_of(op)} is not {what}: it has no {kind}()")
    return build(*args, **kwargs)
