"""decode_json (msgspec, json.loads for what msgspec refuses) gives exactly what json.loads
gives: the same values, types and key order, and the same errors with the same messages.

The same documents go through both decoders: hand-picked edges (large integers, non-finite
numbers, non-ASCII text, duplicate keys, byte order marks, surrogates, nesting limits,
malformed JSON), generated documents, and mutations of them; then whole answers go through
the session (call, paginate, stream) once with each decoder underneath, and must come out as
the same models or the same typed errors.

Why not orjson: it reads an integer beyond 64 bits as a float (2**64 becomes
1.8446744073709552e19), silently: ``test_orjson_would_lose_large_integers`` shows it.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from determined_api import types
from determined_api.api.experiments import get_experiment, get_experiments, trial_logs
from determined_api.types import decode_json
from determined_client import APIResponseValidationError, Session

from .conftest import experiment


def canon(value: Any) -> Any:
    """A form that tells apart what == does not: int/float/bool, -0.0/0.0, NaN, key order."""
    if isinstance(value, dict):
        return ("dict", [(canon(k), canon(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [canon(v) for v in value])
    if isinstance(value, float):
        return ("float", "nan" if math.isnan(value) else value.hex())
    return (type(value).__name__, value)


def outcome(decode: Callable[[Any], Any], document: bytes | str) -> tuple[Any, ...]:
    try:
        return ("value", canon(decode(document)))
    except RecursionError:
        return ("error", "RecursionError")
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, int digit limits
        return ("error", type(exc).__name__, str(exc))


def assert_same(document: bytes | str) -> None:
    assert outcome(decode_json, document) == outcome(json.loads, document), document[:200]


#: Python's default: the nesting tests run under it (another test may have raised it).
RECURSION_LIMIT = 1000


@pytest.fixture(autouse=True)
def default_recursion_limit() -> Iterator[None]:
    before = sys.getrecursionlimit()
    sys.setrecursionlimit(RECURSION_LIMIT)
    try:
        yield
    finally:
        sys.setrecursionlimit(before)


def nested(depth: int) -> bytes:
    return b'{"a":' * depth + b"1" + b"}" * depth


EDGES: list[bytes] = [
    # numbers: 64-bit limits and beyond, digit limits, overflow, signed zeros, exponents
    b'{"n": 9223372036854775807}',
    b'{"n": -9223372036854775808}',
    b'{"n": 18446744073709551615}',
    b'{"n": 18446744073709551616}',
    b'{"n": -9223372036854775809}',
    b'{"n": 123456789012345678901234567890123456789}',
    b'{"n": ' + b"9" * 4300 + b"}",
    b'{"n": ' + b"9" * 4301 + b"}",  # over Python's int digit limit: a ValueError
    b'{"n": 1e400}',
    b'{"n": -1e400}',
    b'{"n": 1e-400}',
    b'{"n": -0}',
    b'{"n": -0.0}',
    b'{"n": 0.1}',
    b'{"n": 1E2}',
    b'{"n": 1e+2}',
    b'{"n": 9007199254740993}',
    b'{"n": 9007199254740993.0}',
    b'{"n": 2.2250738585072011e-308}',
    b'{"n": 4.9406564584124654e-324}',
    b'{"n": 1.7976931348623157e308}',
    b'{"n": 0.30000000000000004}',
    b'{"n": 123456789012345678901234567890.123456789e-10}',
    # non-finite literals (not JSON; json.loads accepts them) and the master's strings
    b'{"x": NaN}',
    b'{"x": Infinity}',
    b'{"x": -Infinity}',
    b'{"x": [NaN, 1, -Infinity]}',
    b'{"x": "NaN", "y": "Infinity", "z": "-Infinity"}',
    b'{"x": nan}',
    b'{"x": inf}',
    # text: non-ASCII raw and escaped, NUL, control characters
    '{"s": "café 日本語 😀 ñ"}'.encode(),
    b'{"s": "caf\\u00e9 \\u65e5 \\ud83d\\ude00"}',
    b'{"\\u00e9": 1, "\xc3\xa9": 2}',
    b'{"s": "\\u0000"}',
    b'{"s": "\x01"}',
    b'{"s": "tab\tinside"}',
    b'{"s": "\x7f"}',
    # duplicate keys: the last value, at the first key's place
    b'{"a": 1, "b": 2, "a": 3}',
    b'{"a": {"x": 1}, "a": {"y": 2}}',
    # byte order marks and other encodings (json.loads detects them in bytes)
    b'\xef\xbb\xbf{"a": 1}',
    "\ufeff".encode() + b"[]",
    '{"a": "é"}'.encode("utf-16"),
    '{"a": "é"}'.encode("utf-16-le"),
    '{"a": "é"}'.encode("utf-16-be"),
    '{"a": "é"}'.encode("utf-32"),
    # surrogates: escaped (lone, reversed, paired) and encoded raw (surrogatepass)
    b'{"s": "\\ud800"}',
    b'{"s": "\\udc00"}',
    b'{"s": "\\udc00\\ud800"}',
    b'{"s": "\\ud800x"}',
    b'{"s": "\xed\xa0\x80"}',
    b'{"s": "\xf0\x9f\x98\x80"}',
    # not UTF-8
    b'{"s": "\xff"}',
    b'{"s": "\xc3"}',
    b'{"s": "\xe9t\xe9"}',
    # whitespace: JSON's four, and what is not JSON whitespace
    b' \t\r\n{"a": 1} \t\r\n',
    b'\x0c{"a": 1}',
    b'{"a": 1}\x0c',
    '\u00a0{"a": 1}'.encode(),
    b'{"a":\x0b1}',
    # nesting around the recursion limit
    nested(50),
    nested(RECURSION_LIMIT - 100),
    nested(RECURSION_LIMIT),
    nested(RECURSION_LIMIT * 3),
    b"[" * 5000 + b"]" * 5000,
    # malformed
    b"",
    b"   ",
    b"{",
    b'{"a": 1',
    b'{"a": 1}}',
    b'{"a": 1,}',
    b"[1,]",
    b"{'a': 1}",
    b'{"a": 01}',
    b'{"a": 1.}',
    b'{"a": .5}',
    b'{"a": +1}',
    b'{"a": 0x10}',
    b'{"a": tru}',
    b'{"a": True}',
    b'{"a": None}',
    b'{"a": 1}{"b": 2}',
    b'{"a": 1}\x00',
    b'{"a" 1}',
    b"{1: 2}",
    b'{"a": "unterminated}',
    b'{"a": "\\x41"}',
    b'{"a": "\\u12"}',
    b"<html><body>Sign in</body></html>",
    # other top-level values
    b"[]",
    b"null",
    b"true",
    b"42",
    b'"text"',
]


@pytest.mark.parametrize("document", EDGES, ids=range(len(EDGES)))
def test_edges_decode_as_json_loads_decodes_them(document: bytes) -> None:
    assert_same(document)
    try:
        text = document.decode("utf-8")
    except UnicodeDecodeError:
        return
    assert_same(text)  # stream lines arrive as str


def test_the_values_that_matter_come_out_exactly() -> None:
    """Not only equal to json.loads: what json.loads gives is what a caller needs."""
    assert decode_json(b'{"n": 18446744073709551616}') == {"n": 2**64}
    assert decode_json(b'{"n": -9223372036854775809}') == {"n": -(2**63) - 1}
    big = decode_json(b'{"n": ' + b"7" * 4000 + b"}")["n"]
    assert isinstance(big, int) and str(big) == "7" * 4000
    assert math.isnan(decode_json(b'{"x": NaN}')["x"])
    assert decode_json(b'{"x": -Infinity}')["x"] == -math.inf
    assert decode_json(b'{"x": 1e400}')["x"] == math.inf
    assert decode_json('{"s": "café 😀"}'.encode()) == {"s": "café 😀"}
    assert decode_json(b'{"s": "\\ud800"}') == {"s": "\ud800"}
    assert list(decode_json(b'{"a": 1, "b": 2, "a": 3}').items()) == [("a", 3), ("b", 2)]
    with pytest.raises(json.JSONDecodeError, match="Expecting value"):
        decode_json(b"<html>")


def test_the_fast_path_is_msgspec() -> None:
    """What the speed rests on: an ordinary answer never reaches json.loads."""
    assert types._decode.__self__.__class__ is msgspec.json.Decoder  # type: ignore[attr-defined]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(json, "loads", lambda *a, **k: pytest.fail("json.loads was called"))
        assert decode_json(b'{"experiments": [{"id": 1, "name": "x"}]}')


def test_orjson_would_lose_large_integers() -> None:
    """The reason for msgspec over orjson (checked when orjson happens to be installed)."""
    orjson = pytest.importorskip("orjson")
    assert orjson.loads(b"18446744073709551616") == 1.8446744073709552e19
    assert isinstance(orjson.loads(b"18446744073709551616"), float)
    assert decode_json(b"18446744073709551616") == 2**64


# -- generated documents -----------------------------------------------------------------

#: Text with every code point, surrogates included (json.dumps escapes them or, with
#: ensure_ascii=False, writes them raw: encoded with surrogatepass, as json.loads reads bytes).
ANY_TEXT = st.text(st.characters(codec=None, categories=None), max_size=12)
NUMBER_TEXT = st.from_regex(
    r"\A-?(0|[1-9][0-9]{0,40})(\.[0-9]{1,40})?([eE][+-]?[0-9]{1,3})?\Z", fullmatch=True
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**200), max_value=2**200)
    | st.floats(allow_nan=True, allow_infinity=True)
    | ANY_TEXT
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(ANY_TEXT, inner, max_size=5),
    max_leaves=30,
)


def encodings(value: Any, ensure_ascii: bool, indent: int | None) -> Iterator[bytes | str]:
    text = json.dumps(value, ensure_ascii=ensure_ascii, indent=indent)
    yield text
    yield text.encode("utf-8", "surrogatepass")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(VALUES, st.booleans(), st.sampled_from([None, 0, 2]))
def test_generated_documents(value: Any, ensure_ascii: bool, indent: int | None) -> None:
    for document in encodings({"v": value}, ensure_ascii, indent):
        assert_same(document)


@settings(max_examples=400, deadline=None)
@given(NUMBER_TEXT)
def test_number_literals(number: str) -> None:
    """Long mantissas and large exponents: where fast float parsers go wrong."""
    assert_same(number)
    assert_same(f'{{"n": {number}}}'.encode())


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(VALUES, st.data())
def test_mutated_documents(value: Any, data: st.DataObject) -> None:
    """Broken documents: refused by both, with the same error, or accepted by both alike."""
    document = bytearray(json.dumps({"v": value, "w": [1, "x"]}).encode("utf-8", "surrogatepass"))
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(document)))
        how = data.draw(st.sampled_from(["insert", "delete", "replace"]))
        byte = data.draw(st.sampled_from(list(b'{}[],:"\\ -+.0e1nNI\x00\x0c\xef\xbb\xbf\xff\xed')))
        if how == "insert":
            document[at:at] = bytes([byte])
        elif document and at < len(document):
            document[at : at + 1] = b"" if how == "delete" else bytes([byte])
    assert_same(bytes(document))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=24) | st.text(max_size=24))
def test_arbitrary_input(document: bytes | str) -> None:
    assert_same(document)


# -- whole answers through the session -----------------------------------------------------


def body_with(**fields: Any) -> bytes:
    return json.dumps({"experiment": {**experiment(42), **fields}}).encode()


def raw(text: str) -> bytes:
    """An answer whose experiment ends in ``text`` written as it is (not valid Python JSON)."""
    start = json.dumps({"experiment": experiment(42)})[:-2]
    return (start + ", " + text + "}}").encode()


ANSWERS: list[bytes] = [
    body_with(name="café 日本語 😀"),
    body_with(name="\ud800 lone"),
    body_with(checkpointCount=2**70),  # a 64-bit-overflowing int in an int field
    body_with(checkpointCount=-(2**63) - 1),
    body_with(checkpointSize="18446744073709551616"),
    body_with(bestTrialSearcherMetric="NaN"),
    body_with(bestTrialSearcherMetric="-Infinity"),
    body_with(bestTrialSearcherMetric=1e-320),
    raw('"bestTrialSearcherMetric": NaN'),
    raw('"bestTrialSearcherMetric": Infinity'),
    raw('"bestTrialSearcherMetric": 1e400'),
    raw('"checkpointCount": 1.0'),
    raw('"name": "first", "name": "second"'),
    raw('"name": "\\udc00\\ud800"'),
    raw('"name": ' + "[" * 3000 + "]" * 3000),
    raw('"name": "\xff"'.encode("latin-1").decode("latin-1")),
    b"\xef\xbb\xbf" + body_with(),
    body_with().decode().encode("utf-16"),
    body_with()[:-1],
    body_with()[:-1] + b" oops}",
    body_with(name="x" * 5000)[:-1] + b" oops}",  # large: reported by the decode itself
    body_with(name="x" * 5000)[:-2] + b"\xff}}",
    b"<html><body><h1>Sign in</h1></body></html>",
    b'{"experiment": {"id": 1}}',
    b"[]",
    b"",
]


def session_answering(content: bytes, content_type: str = "application/json") -> Session:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"Content-Type": content_type})

    return Session(
        "http://det.test:8080", token="t", cache=False, transport=httpx.MockTransport(handler)
    )


def result(run: Callable[[], Any]) -> tuple[Any, ...]:
    try:
        answer = run()
    except APIResponseValidationError as exc:
        return ("error", type(exc).__name__, exc.message, exc.status_code, repr(exc.body)[:300])
    except Exception as exc:  # anything else the same way too (it should not happen)
        return ("raised", type(exc).__name__, str(exc))
    return ("model", repr(answer))


def both(run: Callable[[], Any], monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    """The same call with decode_json as it is, then with json.loads alone underneath."""
    ours = result(run)
    with monkeypatch.context() as mp:
        mp.setattr(types, "_decode", json.loads)
        stdlib = result(run)
    return ours, stdlib


@pytest.mark.parametrize("content", ANSWERS, ids=range(len(ANSWERS)))
def test_answers_come_out_as_with_json_loads(
    content: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = session_answering(content)
    ours, stdlib = both(lambda: s.call(get_experiment, experiment_id=42), monkeypatch)
    assert ours == stdlib


@pytest.mark.parametrize("content", ANSWERS, ids=range(len(ANSWERS)))
def test_generated_functions_called_directly_too(
    content: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = session_answering(content)

    def run() -> Any:
        try:
            return get_experiment.sync(client=s.client, experiment_id=42)
        except (TypeError, ValueError, KeyError, RecursionError) as exc:  # no layer: raw
            return f"{type(exc).__name__}: {exc}"

    ours, stdlib = both(run, monkeypatch)
    assert ours == stdlib


def page_of(item: bytes) -> bytes:
    pagination = b'"pagination": {"offset": 0, "limit": 1, "startIndex": 0, "endIndex": 1, '
    pagination += b'"total": 1}'
    inner = item.removeprefix(b'{"experiment": ').removesuffix(b"}")
    return b'{"experiments": [' + inner + b"], " + pagination + b"}"


@pytest.mark.parametrize("content", ANSWERS[:16], ids=range(16))
def test_pages_come_out_as_with_json_loads(content: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    s = session_answering(page_of(content))
    ours, stdlib = both(lambda: list(s.paginate(get_experiments)), monkeypatch)
    assert ours == stdlib


LOG = {
    "id": "1",
    "level": "LOG_LEVEL_INFO",
    "message": "m",
    "timestamp": None,
    "trialId": 7,
}
LINES: list[str] = [
    json.dumps({"result": {**LOG, "message": "café 😀 \ud800"}}),
    json.dumps({"result": {**LOG, "trialId": 2**70}}),
    json.dumps({"result": LOG})[:-2] + ', "message": "dup"}}',
    json.dumps({"result": LOG})[:-2] + ', "rankId": NaN}}',
    json.dumps({"result": LOG})[:-2] + ', "rankId": 1e400}}',
    "\ufeff" + json.dumps({"result": LOG}),
    json.dumps({"result": LOG})[:-1],
    "<html>sign in</html>",
    "[1, 2]",
]


@pytest.mark.parametrize("line", LINES, ids=range(len(LINES)))
def test_stream_lines_come_out_as_with_json_loads(
    line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = session_answering((line + "\n").encode("utf-8", "surrogatepass"), "application/json")
    ours, stdlib = both(lambda: list(s.stream(trial_logs, trial_id=7)), monkeypatch)
    assert ours == stdlib


def test_a_body_nested_too_deep_is_a_validation_error() -> None:
    """Found here: the error's own copy of the body (decode_body) raised RecursionError."""
    s = session_answering(raw('"name": ' + "[" * 3000 + "]" * 3000))
    with pytest.raises(APIResponseValidationError, match="does not fit the model") as info:
        s.call(get_experiment, experiment_id=42)
    assert isinstance(info.value.body, str)


def test_large_integers_reach_the_model_exactly() -> None:
    s = session_answering(body_with(checkpointCount=2**70))
    assert s.call(get_experiment, experiment_id=42).experiment.checkpoint_count == 2**70


def test_non_finite_doubles_reach_the_model() -> None:
    """The master's strings, and json.loads's literals (kept: a deliberate choice, since
    refusing them would turn an answer that parses today into an error)."""
    for text in ('"bestTrialSearcherMetric": "NaN"', '"bestTrialSearcherMetric": NaN'):
        s = session_answering(raw(text))
        metric = s.call(get_experiment, experiment_id=42).experiment.best_trial_searcher_metric
        assert isinstance(metric, float) and math.isnan(metric)
