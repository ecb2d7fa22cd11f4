"""Putting a freshly generated tree in place of the committed one."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

NOT_RECORDED = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"})
"""Caches Python tools write next to the code: not part of the generated record."""


def recorded_files(tree: Path) -> list[Path]:
    """The files of ``tree`` that belong to the record, relative to it, sorted."""
    return sorted(
        path.relative_to(tree)
        for path in tree.rglob("*")
        if path.is_file() and not NOT_RECORDED.intersection(path.relative_to(tree).parts)
    )


def same_tree(left: Path, right: Path) -> bool:
    """Whether the two folders record the same files with the same content."""
    if not right.is_dir():
        return False
    files = recorded_files(left)
    if files != recorded_files(right):
        return False
    _, mismatch, errors = filecmp.cmpfiles(left, right, [str(f) for f in files], shallow=False)
    return not mismatch and not errors


def swap_in(new: Path, target: Path) -> None:
    """Put the tree ``new`` at ``target``, replacing what was there, with two renames.

    When nothing changed the old tree stays, untouched: unchanged modification times spare uv a
    rebuild of the editable install and editors a reload.
    """
    if same_tree(new, target):
        return
    old = new.with_name(new.name + ".old")
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)
