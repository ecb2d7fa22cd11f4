"""Handlers keyed by operationId, one module per docs page. `tests/mock/test_handlers.py` checks that
every operation of the spec has one (and that no handler is left without an operation)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..call import Call
from . import bulk, imports, mailing, members, passes

PAGES = (members, bulk, imports, passes, mailing)


def registry() -> dict[str, Callable[[Call], Any]]:
    merged: dict[str, Callable[[Call], Any]] = {}
    for page in PAGES:
        for operation_id, handler in page.HANDLERS.items():
            if operation_id in merged:
                raise ValueError(f"operationId {operation_id} has two handlers")
            merged[operation_id] = handler
    return merged
