"""The check itself: compare, then decide whether the version allows what changed."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..spec import SpecError, load_document
from ._changelog import render_section
from ._model import BreakingCheckError, Change, Document
from ._operations import OperationComparer
from ._version import latest_release, parse_version


@dataclass(frozen=True)
class Report:
    """The outcome of :func:`check`; ``ok`` is False when a breaking change lacks a major bump."""

    changes: list[Change]
    base_version: str
    current_version: str
    base_source: str
    major_bumped: bool

    @property
    def breaking(self) -> list[Change]:
        return [change for change in self.changes if change.breaking]

    @property
    def ok(self) -> bool:
        return self.major_bumped or not self.breaking

    def changelog(self) -> str:
        return render_section(self.changes, self.base_version, self.current_version, self.base_source)


def _load(path: Path) -> Document:
    try:
        document: Any = load_document(path)
    except SpecError as error:
        raise BreakingCheckError(str(error)) from None
    if not isinstance(document, dict) or "openapi" not in document:
        raise BreakingCheckError(f"{path}: not an OpenAPI document")
    return document


def compare(
    base: Document, current: Document, base_name: str = "base", current_name: str = "current"
) -> list[Change]:
    """Every :class:`Change` from ``base`` to ``current`` (documents already loaded)."""
    try:
        return OperationComparer(base, current, base_name, current_name).run()
    except SpecError as error:
        raise BreakingCheckError(str(error)) from None


def check(base: str | os.PathLike[str], current: str | os.PathLike[str]) -> Report:
    """Compare the contract at ``current`` with ``base`` (a file, or a folder of released files)."""
    base_path = Path(base)
    if base_path.is_dir():
        base_path = latest_release(base_path)
    base_doc, current_doc = _load(base_path), _load(Path(current))
    base_version = str((base_doc.get("info") or {}).get("version"))
    current_version = str((current_doc.get("info") or {}).get("version"))
    old = parse_version(base_version, str(base_path))
    new = parse_version(current_version, str(current))
    if new < old:
        raise BreakingCheckError(
            f"{current}: info.version {current_version} is lower than "
            f"the released {base_version} ({base_path})"
        )
    changes = compare(base_doc, current_doc, str(base_path), str(current))
    return Report(changes, base_version, current_version, str(base_path), new[0] > old[0])
