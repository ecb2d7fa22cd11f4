"""Running a build tool reproducibly, and the one exception of the package builder."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from .._process import ToolFailed, run_tool

SOURCE_DATE_EPOCH = "315532800"
"""1980-01-01, the earliest time a zip (wheel) can hold: no build records when it ran."""


class PackageError(Exception):
    """A package could not be built; the message is one line naming the step or file."""


def run_build_tool(command: Sequence[str | os.PathLike[str]], cwd: Path, what: str) -> str:
    """Run a build tool with ``SOURCE_DATE_EPOCH`` set; return its stdout, or raise
    :class:`PackageError` (one line: the step and the tool's last line)."""
    try:
        return run_tool(command, cwd, what, env={"SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}, shown_lines=1)
    except ToolFailed as error:
        raise PackageError(" ".join(str(error).split())) from None
