"""Iterate every item of any generated list operation, sync and async.

Works generically: the page model's one list-valued attrs field holds the items and its
``pagination`` field says where the page ended. Paging follows ``offset = endIndex``
until ``endIndex >= total``, and stops with an error if the server does not advance.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import attrs

from ._exceptions import APIResponseValidationError


def split_page(page: object) -> tuple[list[Any], int | None, int | None]:
    """(items, endIndex, total) of a page model; endIndex/total None when absent."""
    cls = type(page)
    if not attrs.has(cls):
        raise TypeError(f"{cls.__name__} is not a paginated list response")
    lists = [
        getattr(page, f.name)
        for f in attrs.fields(cls)
        if f.name != "additional_properties" and isinstance(getattr(page, f.name), list)
    ]
    if len(lists) != 1:
        raise TypeError(f"{type(page).__name__} has no single list field to paginate")
    pagination = getattr(page, "pagination", None)
    end = getattr(pagination, "end_index", None)
    total = getattr(pagination, "total", None)
    return (
        lists[0],
        end if isinstance(end, int) else None,
        total if isinstance(total, int) else None,
    )


def _next_offset(offset: int, page: object) -> tuple[list[Any], int | None]:
    """The page's items and the next offset, or None when this was the last page."""
    items, end, total = split_page(page)
    if end is None or total is None or end >= total:
        return items, None
    if end <= offset:
        raise APIResponseValidationError(
            f"pagination did not advance (offset {offset}, endIndex {end}, total {total})"
        )
    return items, end


def check_operation(fn: Callable[..., Any], page_size: int) -> None:
    """Fail at the call, not at the first page, for a non-list op or a bad page size."""
    params = inspect.signature(fn).parameters
    if "limit" not in params or "offset" not in params:
        name = getattr(fn, "__module__", "the operation").rsplit(".")[-1]
        raise TypeError(f"{name} is not a paginated list operation (no limit/offset)")
    if page_size < 1:
        raise ValueError("page_size must be at least 1")


def paginate(
    fetch: Callable[..., Any], page_size: int, offset: int, **filters: Any
) -> Iterator[Any]:
    next_offset: int | None = offset
    while next_offset is not None:
        page = fetch(limit=page_size, offset=next_offset, **filters)
        items, next_offset = _next_offset(next_offset, page)
        del page  # drop each page before fetching the next: holding two costs ~25% (bench/)
        yield from items
        del items


async def apaginate(
    fetch: Callable[..., Awaitable[Any]], page_size: int, offset: int, **filters: Any
) -> AsyncIterator[Any]:
    next_offset: int | None = offset
    while next_offset is not None:
        page = await fetch(limit=page_size, offset=next_offset, **filters)
        items, next_offset = _next_offset(next_offset, page)
        del page
        for item in items:
            yield item
        del items
