"""Iterate every item of any generated list operation, sync and async.

Works generically: the page model's one list-typed attrs field holds the items and its
``pagination`` field says where the page ended. Paging follows ``offset = endIndex``
until ``endIndex >= total``, and stops with an error if the server does not advance.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any

import attrs

from ._exceptions import APIResponseValidationError


def split_page(page: object) -> tuple[list[Any], int | None, int | None]:
    """(items, endIndex, total) of a page model; endIndex/total None when absent.

    The items field is found from the model's declared types, not its values, so an
    answer that leaves the list out (or sends null) is an empty page, not an error.
    """
    cls = type(page)
    if not attrs.has(cls):
        raise TypeError(f"{cls.__name__} is not a paginated list response")
    names = [
        f.name
        for f in attrs.fields(cls)
        if f.name != "additional_properties" and "list[" in str(f.type)
    ]
    if len(names) != 1:
        raise TypeError(f"{cls.__name__} has no single list field to paginate")
    items = getattr(page, names[0])
    pagination = getattr(page, "pagination", None)
    end = getattr(pagination, "end_index", None)
    total = getattr(pagination, "total", None)
    return (
        items if isinstance(items, list) else [],
        end if isinstance(end, int) else None,
        total if isinstance(total, int) else None,
    )


def _next_offset(
    offset: int, page_size: int, page: object, previous_first: object
) -> tuple[list[Any], int | None]:
    """The page's items and the next offset, or None when this was the last page.

    Without endIndex/total (older masters may omit them) a full page means "maybe more":
    go on at offset + len(items) rather than silently drop the rest, and stop with an
    error if the server ignores the offset (the same first item again).
    """
    items, end, total = split_page(page)
    if end is None or total is None:
        if len(items) < page_size or not items:
            return items, None
        if previous_first is not None and _same(items[0], previous_first):
            raise APIResponseValidationError(
                f"pagination did not advance (offset {offset}, no pagination in the answer)"
            )
        return items, offset + len(items)
    if end >= total:
        return items, None
    if end <= offset:
        raise APIResponseValidationError(
            f"pagination did not advance (offset {offset}, endIndex {end}, total {total})"
        )
    return items, end


def _same(a: object, b: object) -> bool:
    to_dict = getattr(a, "to_dict", None)
    return bool(to_dict() == b.to_dict()) if to_dict and hasattr(b, "to_dict") else a == b


def check_operation(
    fn: Callable[..., Any], page_size: int, offset: int, filters: Mapping[str, Any]
) -> None:
    """Fail at the call, not at the first page: a non-list op, a bad page size, a negative
    offset (the master counts those from the end: paging on from one would wrap around),
    or limit/offset among the filters (paging owns them)."""
    params = inspect.signature(fn).parameters
    if "limit" not in params or "offset" not in params:
        name = getattr(fn, "__module__", "the operation").rsplit(".")[-1]
        raise TypeError(f"{name} is not a paginated list operation (no limit/offset)")
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    if offset < 0:
        raise ValueError("offset must be 0 or more when paginating")
    if "limit" in filters or "offset" in filters:
        raise TypeError("paginate() sets limit and offset itself: use page_size= and offset=")


def paginate(
    fetch: Callable[..., Any], page_size: int, offset: int, **filters: Any
) -> Iterator[Any]:
    next_offset: int | None = offset
    first: object = None
    while next_offset is not None:
        page = fetch(limit=page_size, offset=next_offset, **filters)
        items, next_offset = _next_offset(next_offset, page_size, page, first)
        del page  # drop each page before fetching the next: holding two costs ~25% (bench/)
        first = items[0] if items else None
        yield from items
        del items


async def apaginate(
    fetch: Callable[..., Awaitable[Any]], page_size: int, offset: int, **filters: Any
) -> AsyncIterator[Any]:
    next_offset: int | None = offset
    first: object = None
    while next_offset is not None:
        page = await fetch(limit=page_size, offset=next_offset, **filters)
        items, next_offset = _next_offset(next_offset, page_size, page, first)
        del page
        first = items[0] if items else None
        for item in items:
            yield item
        del items
