"""The contract build's passes, in the order they run. Each takes the document (OpenAPI 3.0.3,
as the converter left it and the passes before it changed it) and the facts, and corrects
one thing in place. README "The contract compiler" lists them with one line each."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..facts import Facts
from .examples import examples
from .fields import (
    apply_presence,
    drop_missing_required,
    float32_bounds,
    int64_as_strings,
    non_finite_doubles,
    protobuf_any_wire_shape,
    uint32_bounds,
)
from .links import links
from .names import inline_query_enums, operation_ids, rename_schemas
from .paths import inline_request_bodies, merge_same_shape_paths, rename_path_variables
from .responses import (
    bearer_security,
    empty_answers_are_objects,
    error_responses,
    streaming_operations,
)
from .routes import echo_routes
from .text import describe, document_internal_operations, info_and_tags

Pass = Callable[[dict[str, Any], Facts], None]

PASSES: list[Pass] = [
    # shape of the document
    inline_request_bodies,
    rename_path_variables,
    merge_same_shape_paths,
    operation_ids,
    echo_routes,
    # fields as they travel
    drop_missing_required,
    apply_presence,
    int64_as_strings,
    float32_bounds,
    non_finite_doubles,
    uint32_bounds,
    protobuf_any_wire_shape,
    # answers
    streaming_operations,
    empty_answers_are_objects,
    error_responses,
    bearer_security,
    # names
    inline_query_enums,
    rename_schemas,
    links,
    # our own words and examples
    info_and_tags,
    document_internal_operations,
    describe,
    examples,
]
