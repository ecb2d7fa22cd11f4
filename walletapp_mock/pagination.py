"""Laravel's LengthAwarePaginator, field for field, including its `links` window (onEachSide = 3).

`page_bounds` is O(1) and the caller slices only the requested page, so page 5,000 of 100k members
costs the same as page 1. A page holds at most `max_items` (a mock limit, `MockSettings.max_page_items`):
a `per_page` that would put more on it is a 422, while a larger `per_page` on a shorter list is served,
since its answer is the same; the unpaginated member list, which the docs offer, is streamed instead.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from .errors import InvalidValue

PREVIOUS = "&laquo; Previous"
NEXT = "Next &raquo;"
ON_EACH_SIDE = 3


def page_bounds(total: int, page: int, per_page: int, max_items: int) -> tuple[int, int]:
    start = (page - 1) * per_page
    first, end = min(start, total), min(start + per_page, total)
    if end - first > max_items:
        raise InvalidValue.of("per_page", f"The per page field must not be greater than {max_items}.")
    return first, end


def paginator(
    *, total: int, page: int, per_page: int, count: int, path: str, url: Callable[[int], str]
) -> dict[str, Any]:
    """Every field except `data`, in Laravel's order (the caller puts `data` where it belongs)."""
    last_page = max(math.ceil(total / per_page), 1) if per_page else 1
    first_item = (page - 1) * per_page + 1 if count else None
    return {
        "current_page": page,
        "first_page_url": url(1),
        "from": first_item,
        "last_page": last_page,
        "last_page_url": url(last_page),
        "links": links(page, last_page, url),
        "next_page_url": url(page + 1) if page < last_page else None,
        "path": path,
        "per_page": per_page,
        "prev_page_url": url(page - 1) if page > 1 else None,
        "to": first_item + count - 1 if first_item is not None else None,
        "total": total,
    }


def links(page: int, last_page: int, url: Callable[[int], str]) -> list[dict[str, Any]]:
    pages: list[int | None] = []
    window = ON_EACH_SIDE + 4
    if last_page < ON_EACH_SIDE * 2 + 8:
        pages = list(range(1, last_page + 1))
    elif page <= window:
        pages = [*range(1, window + ON_EACH_SIDE + 1), None, last_page - 1, last_page]
    elif page > last_page - window:
        pages = [1, 2, None, *range(last_page - (window + ON_EACH_SIDE - 1), last_page + 1)]
    else:
        pages = [
            1,
            2,
            None,
            *range(page - ON_EACH_SIDE, page + ON_EACH_SIDE + 1),
            None,
            last_page - 1,
            last_page,
        ]
    out: list[dict[str, Any]] = [
        {"url": url(page - 1) if page > 1 else None, "label": PREVIOUS, "active": False}
    ]
    for p in pages:
        if p is None:
            out.append({"url": None, "label": "...", "active": False})
        else:
            out.append({"url": url(p), "label": str(p), "active": p == page})
    out.append({"url": url(page + 1) if page < last_page else None, "label": NEXT, "active": False})
    return out
