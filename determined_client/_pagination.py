"""Iterate every item of any generated list operation, sync and async.

Works generically: the generated ``pages()`` of a list operation says how to fetch a page
and take its items out, and the page's ``pagination`` field says where it ended. Paging
follows ``offset = endIndex`` until ``endIndex >= total``, and stops with an error if the
server does not advance.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, TypeVar

from ._exceptions import APIResponseValidationError

Item = TypeVar("Item")


def split_page(
    page: object, items_of: Callable[[Any], list[Any]]
) -> tuple[list[Any], int | None, int | None]:
    """(items, endIndex, total) of a page; endIndex/total None when absent (an answer that
    leaves the list out, or sends null, is an empty page, not an error)."""
    pagination = getattr(page, "pagination", None)
    end = getattr(pagination, "end_index", None)
    total = getattr(pagination, "total", None)
    return (
        items_of(page),
        end if isinstance(end, int) else None,
        total if isinstance(total, int) else None,
    )


def _next_offset(
    offset: int,
    page_size: int,
    page: object,
    items_of: Callable[[Any], list[Any]],
    previous_first: object,
) -> tuple[list[Any], int | None]:
    """The page's items and the next offset, or None when this was the last page.

    Without endIndex/total (older masters may omit them) a full page means "maybe more":
    go on at offset + len(items) rather than silently drop the rest, and stop with an
    error if the server ignores the offset (the same first item again).
    """
    items, end, total = split_page(page, items_of)
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


def check_start(page_size: object, offset: int) -> int:
    """Fail at the call, not at the first page: a bad page size, or a negative offset (the
    master counts those from the end: paging on from one would wrap around)."""
    if not isinstance(page_size, int) or isinstance(page_size, bool) or page_size < 1:
        raise ValueError(f"page_size must be an integer of at least 1, not {page_size!r}")
    if offset < 0:
        raise ValueError("offset must be 0 or more when paginating")
    return page_size


def paginate(
    fetch: Callable[[int, int], Any],
    items_of: Callable[[Any], list[Item]],
    page_size: int,
    offset: int,
) -> Iterator[Item]:
    """Every item: ``fetch(limit, offset)`` gets a page, ``items_of(page)`` its items."""
    next_offset: int | None = offset
    first: object = None
    while next_offset is not None:
        page = fetch(page_size, next_offset)
        items, next_offset = _next_offset(next_offset, page_size, page, items_of, first)
        del page  # drop each page before fetching the next: holding two costs ~25% (bench/)
        first = items[0] if items else None
        yield from items
        del items


async def apaginate(
    fetch: Callable[[int, int], Awaitable[Any]],
    items_of: Callable[[Any], list[Item]],
    page_size: int,
    offset: int,
) -> AsyncIterator[Item]:
    """The asyncio twin of ``paginate``."""
    next_offset: int | None = offset
    first: object = None
    while next_offset is not None:
        page = await fetch(page_size, next_offset)
        items, next_offset = _next_offset(next_offset, page_size, page, items_of, first)
        del page
        first = items[0] if items else None
        for item in items:
            yield item
        del items
