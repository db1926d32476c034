"""Read the official SDK's generated ``bindings.py`` as text (with ``ast``) into an ``Api``.

The file is never imported: it is data from another project, and importing it would run its
imports (``requests``, ``determined``). Every shape this reader does not expect raises
``BindingsFormatError``, so a new generator version cannot be half-read in silence.

What each part of the file says, and how it is read:

- ``class X(DetEnum)``: an enum; its members are the assigned string values.
- ``class X(Printable)``: a message. Its fields are the keyword arguments of ``__init__``:
  no default means required (``from_json`` reads ``obj["f"]`` unconditionally, and never
  handles null), a default means optional. Wire names come from ``from_json``
  (``kwargs["attr"] = ... obj["wire"] ...``). Kinds come from the annotation; a ``float``
  must be read with ``float(...)`` in ``from_json`` (which accepts the non-finite strings).
  A message with no fields gets no class at all.
- ``def <method>_<Rpc>(session, *, ...)``: an operation. ``session._do_request(method=...,
  path=...)`` gives method and path; the ``_params`` dict's keys are the query parameters'
  wire names (an argument without a default is required); ``json=`` is the body; the return
  annotation and the ``from_json`` call give the answer (``None``: the answer has no fields;
  ``typing.Iterable[X]`` with ``stream=True``: one ``{"result": X}`` per line).
"""

from __future__ import annotations

import ast
import re
import warnings
from collections.abc import Callable, Iterator

from .api_model import Api, Field, Operation, Param, Schema

#: A function that turns a bindings class name into ours (``v1Experiment`` -> ``Experiment``).
Rename = Callable[[str], str]

_SCALARS = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}
_NUMBER = re.compile(r"(^|<)number(>|$)")  # a number, or a list or map of numbers
_HELPERS = {"Unset", "APIHttpError", "APIHttpStreamError", "DetEnum", "Printable"}


class BindingsFormatError(ValueError):
    """bindings.py has a shape this reader was not written for."""


def read(source: str, rename: Rename) -> Api:
    """The API that ``source`` (the text of a ``bindings.py``) describes, in our names."""
    with warnings.catch_warnings():  # its docstrings hold escapes like "\d": not our code
        warnings.simplefilter("ignore", SyntaxWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        tree = ast.parse(source)
    api = Api()
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name not in _HELPERS:
            name = rename(node.name)
            if name in api.schemas:
                raise BindingsFormatError(f"two classes are both named {name} in our names")
            api.schemas[name] = _schema(node, rename)
        elif isinstance(node, ast.FunctionDef) and node.name != "dump_float":
            key, op = _operation(node, rename)
            if key in api.operations:
                raise BindingsFormatError(f"{key} is declared twice")
            api.operations[key] = op
    return api


# --- messages and enums -------------------------------------------------------------------


def _schema(cls: ast.ClassDef, rename: Rename) -> Schema:
    bases = [b.id for b in cls.bases if isinstance(b, ast.Name)]
    if bases == ["DetEnum"]:
        return Schema(members=_enum_members(cls))
    if bases == ["Printable"]:
        return Schema(fields=_message_fields(cls, rename))
    raise BindingsFormatError(f"class {cls.name}: unexpected bases {bases}")


def _enum_members(cls: ast.ClassDef) -> list[str]:
    members = []
    for stmt in cls.body:
        if isinstance(stmt, ast.Assign):
            value = stmt.value
            if not (isinstance(value, ast.Constant) and isinstance(value.value, str)):
                raise BindingsFormatError(f"enum {cls.name}: a member that is not a string")
            members.append(value.value)
    return members


def _method(cls: ast.ClassDef, name: str) -> ast.FunctionDef:
    for stmt in cls.body:
        if isinstance(stmt, ast.FunctionDef) and stmt.name == name:
            return stmt
    raise BindingsFormatError(f"class {cls.name} has no {name}")


def _message_fields(cls: ast.ClassDef, rename: Rename) -> dict[str, Field]:
    init = _method(cls, "__init__")
    reads = _from_json_reads(cls)
    fields: dict[str, Field] = {}
    for arg, default in zip(init.args.kwonlyargs, init.args.kw_defaults, strict=True):
        if arg.annotation is None:
            raise BindingsFormatError(f"{cls.name}.{arg.arg} has no annotation")
        required = default is None
        kind = _kind(_annotation(arg.annotation), rename, optional=not required)
        if arg.arg not in reads:
            raise BindingsFormatError(f"{cls.name}.from_json does not read {arg.arg}")
        wire, uses_float = reads[arg.arg]
        if bool(_NUMBER.search(kind)) != uses_float:
            raise BindingsFormatError(
                f"{cls.name}.{arg.arg}: kind {kind} but from_json float() use is {uses_float}"
            )
        fields[wire] = Field(kind=kind, required=required, nullable=False if required else None)
    if set(reads) != {a.arg for a in init.args.kwonlyargs}:
        raise BindingsFormatError(f"{cls.name}: from_json and __init__ name different fields")
    return fields


def _from_json_reads(cls: ast.ClassDef) -> dict[str, tuple[str, bool]]:
    """attribute -> (wire name, converted with float()) from ``from_json``."""
    reads: dict[str, tuple[str, bool]] = {}

    def record(attr: ast.expr | None, value: ast.expr) -> None:
        if not (isinstance(attr, ast.Constant) and isinstance(attr.value, str)):
            raise BindingsFormatError(f"{cls.name}.from_json: a key that is not a string")
        wires = {
            n.slice.value
            for n in ast.walk(value)
            if isinstance(n, ast.Subscript)
            and _is_name(n.value, "obj")
            and isinstance(n.slice, ast.Constant)
            and isinstance(n.slice.value, str)
        }
        if len(wires) != 1:
            raise BindingsFormatError(f"{cls.name}.from_json {attr.value}: reads {wires}")
        uses_float = any(
            isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "float"
            for n in ast.walk(value)
        )
        wire = wires.pop()
        assert isinstance(wire, str)  # narrowed above; mypy cannot see through the set
        reads[attr.value] = (wire, uses_float)

    for node in ast.walk(_method(cls, "from_json")):
        if isinstance(node, ast.AnnAssign) and isinstance(node.value, ast.Dict):
            for key, value in zip(node.value.keys, node.value.values, strict=True):
                record(key, value)
        elif isinstance(node, ast.Assign):
            target = node.targets[0]
            if isinstance(target, ast.Subscript) and _is_name(target.value, "kwargs"):
                record(target.slice, node.value)
    return reads


# --- type annotations ---------------------------------------------------------------------


def _annotation(node: ast.expr) -> ast.expr:
    """The annotation as an expression (bindings quote most of them)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return ast.parse(node.value, mode="eval").body
    return node


def _typing(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == name and _is_name(node.value, "typing")


def _is_name(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def _kind(node: ast.expr, rename: Rename, *, optional: bool = False) -> str:
    """The kind of an annotation. ``optional``: strip the ``Union[T, None, Unset]`` (or
    ``Optional[T]``) that the bindings put around every optional value."""
    if optional:
        if not isinstance(node, ast.Subscript):
            raise BindingsFormatError(f"optional value without Optional: {ast.unparse(node)}")
        if _typing(node.value, "Optional"):
            node = node.slice
        elif _typing(node.value, "Union") and isinstance(node.slice, ast.Tuple):
            rest = [
                e
                for e in node.slice.elts
                if not (isinstance(e, ast.Constant) and e.value is None)
                and not _is_name(e, "Unset")
            ]
            if len(rest) != 1:
                raise BindingsFormatError(f"unexpected union {ast.unparse(node)}")
            node = rest[0]
        else:
            raise BindingsFormatError(f"unexpected optional {ast.unparse(node)}")
    if isinstance(node, ast.Name):
        return _SCALARS.get(node.id) or "ref:" + rename(node.id)
    if isinstance(node, ast.Subscript):
        if _typing(node.value, "Sequence"):
            return f"array<{_kind(node.slice, rename)}>"
        if _typing(node.value, "Dict") and isinstance(node.slice, ast.Tuple):
            key, value = node.slice.elts
            if not _is_name(key, "str"):
                raise BindingsFormatError(f"map with non-string keys: {ast.unparse(node)}")
            return "object" if _typing(value, "Any") else f"map<{_kind(value, rename)}>"
    raise BindingsFormatError(f"unexpected annotation {ast.unparse(node)}")


# --- operations ---------------------------------------------------------------------------


def _operation(fn: ast.FunctionDef, rename: Rename) -> tuple[tuple[str, str], Operation]:
    request = _do_request(fn)
    method = _constant(request, "method", fn)
    path = _path_shape(request["path"], fn)
    args: dict[str, Param] = {}
    for arg, default in zip(fn.args.kwonlyargs, fn.args.kw_defaults, strict=True):
        if arg.annotation is not None:
            required = default is None
            kind = _kind(_annotation(arg.annotation), rename, optional=not required)
            args[arg.arg] = Param(kind=kind, required=required)
    op = Operation(
        path=[args[name].kind for name in _path_variables(request["path"])],
        query=_query(fn, args),
        response=_response(fn, request, rename),
    )
    body = request["json"]
    if not (isinstance(body, ast.Constant) and body.value is None):
        if "body" not in args:
            raise BindingsFormatError(f"{fn.name} sends a body without a body argument")
        op.body = args["body"].kind
    return (method, path), op


def _do_request(fn: ast.FunctionDef) -> dict[str, ast.expr]:
    for node in ast.walk(fn):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "_do_request"
        ):
            return {kw.arg: kw.value for kw in node.keywords if kw.arg}
    raise BindingsFormatError(f"{fn.name} makes no request")


def _constant(request: dict[str, ast.expr], key: str, fn: ast.FunctionDef) -> str:
    node = request.get(key)
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        raise BindingsFormatError(f"{fn.name}: {key} is not a constant string")
    return node.value


def _path_shape(node: ast.expr, fn: ast.FunctionDef) -> str:
    """``f"/api/v1/experiments/{experiment_id}"`` -> ``/api/v1/experiments/{}``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            str(part.value) if isinstance(part, ast.Constant) else "{}" for part in node.values
        )
    raise BindingsFormatError(f"{fn.name}: unexpected path {ast.unparse(node)}")


def _path_variables(node: ast.expr) -> list[str]:
    """The argument names an f-string path puts in its variables, in order."""
    if not isinstance(node, ast.JoinedStr):
        return []
    names = []
    for part in node.values:
        if isinstance(part, ast.FormattedValue):
            if not isinstance(part.value, ast.Name):
                raise BindingsFormatError(f"unexpected path variable {ast.unparse(part)}")
            names.append(part.value.id)
    return names


def _query(fn: ast.FunctionDef, args: dict[str, Param]) -> dict[str, Param]:
    """Query parameter wire name -> its argument's kind and required flag, from
    ``_params = {"wire.name": wire_name, ...}``."""
    for node in fn.body:
        if (
            isinstance(node, ast.Assign)
            and _is_name(node.targets[0], "_params")
            and isinstance(node.value, ast.Dict)
        ):
            query: dict[str, Param] = {}
            for key, value in zip(node.value.keys, node.value.values, strict=True):
                if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
                    raise BindingsFormatError(f"{fn.name}: a query key that is not a string")
                used = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} & set(args)
                if len(used) != 1:
                    raise BindingsFormatError(f"{fn.name}: query {key.value} uses {used}")
                query[key.value] = args[used.pop()]
            return query
    return {}


def _calls_from_json(fn: ast.FunctionDef) -> Iterator[tuple[str, ast.expr]]:
    """(class, argument) of every ``Class.from_json(argument)`` call in ``fn``."""
    for node in ast.walk(fn):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "from_json"
            and isinstance(node.func.value, ast.Name)
        ):
            yield node.func.value.id, node.args[0]


def _line_key(node: ast.expr) -> str | None:
    """``"result"`` for ``_j["result"]``."""
    if (
        isinstance(node, ast.Subscript)
        and _is_name(node.value, "_j")
        and isinstance(node.slice, ast.Constant)
        and isinstance(node.slice.value, str)
    ):
        return node.slice.value
    return None


def _response(fn: ast.FunctionDef, request: dict[str, ast.expr], rename: Rename) -> str:
    returns = fn.returns
    streams = isinstance(request.get("stream"), ast.Constant) and getattr(
        request["stream"], "value", None
    )
    if returns is None:
        raise BindingsFormatError(f"{fn.name} has no return annotation")
    if isinstance(returns, ast.Constant) and returns.value is None:
        if streams or any(True for _ in _calls_from_json(fn)):
            raise BindingsFormatError(f"{fn.name} returns None but reads an answer")
        return "empty"
    annotation = _annotation(returns)
    parsed = dict(_calls_from_json(fn))
    if streams:
        if not (isinstance(annotation, ast.Subscript) and _typing(annotation.value, "Iterable")):
            raise BindingsFormatError(f"{fn.name} streams but returns {ast.unparse(annotation)}")
        lines = {_line_key(arg): cls for cls, arg in parsed.items()}
        if set(lines) != {"result", "error"}:
            raise BindingsFormatError(f"{fn.name}: stream lines read {set(lines)}")
        result = _kind(annotation.slice, rename)
        if result != "ref:" + rename(lines["result"]):
            raise BindingsFormatError(f"{fn.name}: yields {lines['result']}, annotated {result}")
        return f"stream<result={result},error=ref:{rename(lines['error'])}>"
    kind = _kind(annotation, rename)
    if [kind] != ["ref:" + rename(cls) for cls in parsed]:
        raise BindingsFormatError(f"{fn.name}: returns {kind} but parses {list(parsed)}")
    return kind
