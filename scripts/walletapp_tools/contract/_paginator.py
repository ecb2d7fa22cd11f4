"""What a Laravel paginator's fields promise about each other, beyond each field's schema.

A page is valid against its schema whether `last_page` is right or not; these rules compare the fields
with each other, with the items on the page and with the request's `page` and `per_page`. Fields a page
does not carry (the member list documents only some) are not checked.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs, urlsplit

ITEM_FIELDS = ("members", "data")
"""Where a page keeps its items: the member list's `members`, Laravel's `data` elsewhere."""


def find_page(body: Any) -> tuple[dict[str, Any], list[Any]] | None:
    """The paginator object of an answer and its items, or None when the answer is not a page."""
    for candidate in (body, body.get("data") if isinstance(body, dict) else None):
        if isinstance(candidate, dict) and {"total", "per_page", "last_page"} <= candidate.keys():
            for name in ITEM_FIELDS:
                if isinstance(candidate.get(name), list):
                    return candidate, candidate[name]
    return None


def _positive(value: Any) -> int | None:
    text = str(value).strip() if value is not None else ""
    return int(text) if text.isdigit() and len(text) < 40 and int(text) > 0 else None


def _page_of(url: Any) -> int | None:
    if not isinstance(url, str):
        return None
    pages = parse_qs(urlsplit(url).query).get("page")
    return _positive(pages[-1]) if pages else None


def violations(page: Mapping[str, Any], items: list[Any], query: Mapping[str, Any] | None) -> list[str]:
    """Every broken rule, as `field: what is wrong`; empty when the page is consistent."""
    total, per_page, last_page = page.get("total"), page.get("per_page"), page.get("last_page")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (total, per_page, last_page)):
        return []
    assert isinstance(total, int) and isinstance(per_page, int) and isinstance(last_page, int)
    query = query or {}
    asked_page, asked_per_page = _positive(query.get("page")), _positive(query.get("per_page"))
    current = page.get("current_page", asked_page or 1)
    problems = []
    if asked_page is not None and current != asked_page:
        problems.append(f"current_page: {current}, but page {asked_page} was asked for")
    if asked_per_page is not None and per_page != asked_per_page:
        problems.append(f"per_page: {per_page}, but per_page={asked_per_page} was asked for")
    if per_page < 1 and total > 0:
        problems.append(f"per_page: {per_page} with {total} items")
    expected_last = max(math.ceil(total / per_page), 1) if per_page > 0 else 1
    if last_page != expected_last:
        problems.append(
            f"last_page: {last_page}, but {total} items at {per_page} per page make {expected_last}"
        )
    if not isinstance(current, int) or current < 1:
        return problems
    before = (current - 1) * per_page
    expected_count = max(0, min(per_page, total - before)) if per_page > 0 else total
    if len(items) != expected_count:
        problems.append(
            f"{len(items)} items on page {current}, but {total} items at {per_page} per page "
            f"put {expected_count} there (is `total` the number of all items?)"
        )
    if "from" in page or "to" in page:
        first = before + 1 if items else None
        last = before + len(items) if items else None
        if page.get("from") != first or page.get("to") != last:
            problems.append(f"from/to: {page.get('from')}/{page.get('to')}, expected {first}/{last}")
    if "next_page_url" in page:
        next_url = page["next_page_url"]
        if (next_url is None) != (current >= last_page):
            problems.append(f"next_page_url: {next_url!r} on page {current} of {last_page}")
        elif next_url is not None and _page_of(next_url) != current + 1:
            problems.append(f"next_page_url: {next_url!r} does not ask for page {current + 1}")
    if "prev_page_url" in page:
        prev_url = page["prev_page_url"]
        if (prev_url is None) != (current <= 1):
            problems.append(f"prev_page_url: {prev_url!r} on page {current}")
        elif prev_url is not None and _page_of(prev_url) != current - 1:
            problems.append(f"prev_page_url: {prev_url!r} does not ask for page {current - 1}")
    if "last_page_url" in page and _page_of(page["last_page_url"]) not in (None, last_page):
        problems.append(f"last_page_url: {page['last_page_url']!r} does not ask for page {last_page}")
    if "first_page_url" in page and _page_of(page["first_page_url"]) not in (None, 1):
        problems.append(f"first_page_url: {page['first_page_url']!r} does not ask for page 1")
    return problems
