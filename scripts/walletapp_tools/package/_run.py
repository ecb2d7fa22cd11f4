"""Running a build tool reproducibly, and the one exception of the package builder."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from pathlib import Path

SOURCE_DATE_EPOCH = "315532800"
"""1980-01-01, the earliest time a zip (wheel) can hold: no build records when it ran."""


class PackageError(Exception):
    """A package could not be built; the message is one line naming the step or file."""


def run_tool(command: Sequence[str | os.PathLike[str]], cwd: Path, what: str) -> str:
    """Run a build tool with ``SOURCE_DATE_EPOCH`` set; raise :class:`PackageError` on failure."""
    environment = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    try:
        completed = subprocess.run(
            [str(part) for part in command],
            cwd=cwd,
            capture_output=True,
            text=True,
            check=False,
            env=environment,
        )
    except FileNotFoundError as error:
        raise PackageError(f"{what}: {error.filename} not found") from None
    if completed.returncode != 0:
        last = (completed.stderr or completed.stdout).strip().splitlines()[-1:] or ["no output"]
        raise PackageError(f"{what} failed (exit {completed.returncode}): {last[0]}")
    return completed.stdout
