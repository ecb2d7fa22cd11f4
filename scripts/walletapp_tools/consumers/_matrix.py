"""A row of the consumer matrix, running the rows and printing the table.

A row is one tool on one published file: it generates code into its own folder and proves the code
works (compiles, imports, checks the examples). It returns what it checked, raises :class:`RowFailed`
with the tool's own words when something breaks, or :class:`NotServed` when the file cannot serve the
tool at all (with the reason). Every row runs even when an earlier one failed; any failure fails the
matrix.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._examples import Inventory


class RowFailed(Exception):
    """The tool failed, or its output did not work; the message says where, in a few lines."""


class NotServed(Exception):
    """This file cannot serve this tool; the message is the reason."""


@dataclass(frozen=True)
class Published:
    """One published file as the rows see it."""

    label: str
    """``3.1`` or ``3.0``."""
    path: Path
    document: dict[str, Any]
    inventory: Inventory
    examples_json: Path
    """The inventory as JSON, for checkers that run outside Python."""


@dataclass(frozen=True)
class Context:
    root: Path
    """The repository (node_modules/, the virtualenv's Python)."""
    published: Published
    work: Path
    """An empty folder of this row's own."""


@dataclass
class Outcome:
    examples: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Row:
    tool: str
    version: Callable[[Path], str]
    """The tool's version, read from what is installed (root passed)."""
    check: Callable[[Context], Outcome]
    slug: str
    """A folder name for the row's output."""


@dataclass(frozen=True)
class Result:
    tool: str
    version: str
    file: str
    status: str
    """``ok``, ``FAILED`` or ``n/a``."""
    examples: int
    note: str
    seconds: float


def run_row(row: Row, root: Path, published: Published, work_root: Path) -> Result:
    """Run ``row`` on ``published`` in ``work_root/<slug>-<file>`` (emptied first)."""
    work = work_root / f"{row.slug}-{published.label}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    started = time.monotonic()
    try:
        version = row.version(root)
    except (OSError, LookupError, ValueError) as error:
        version = "?"
        status, examples, note = "FAILED", 0, f"not installed ({error}); run `make install`"
    else:
        try:
            outcome = row.check(Context(root, published, work))
        except NotServed as reason:
            status, examples, note = "n/a", 0, str(reason)
        except RowFailed as error:
            status, examples, note = "FAILED", 0, str(error)
        else:
            status, examples, note = "ok", outcome.examples, "; ".join(outcome.notes)
    return Result(row.tool, version, published.path.name, status, examples, note, time.monotonic() - started)


def table(results: Sequence[Result]) -> str:
    """The results as a Markdown table (failure details shortened to their first line)."""
    lines = [
        "| tool | version | file | result | examples | seconds | notes |",
        "|---|---|---|---|---:|---:|---|",
    ]
    for result in results:
        note = result.note.splitlines()[0] if result.note else ""
        lines.append(
            f"| {result.tool} | {result.version} | {result.file} | {result.status} | {result.examples} "
            f"| {result.seconds:.1f} | {note} |"
        )
    return "\n".join(lines)
