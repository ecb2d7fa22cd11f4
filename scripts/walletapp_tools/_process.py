"""Running an external tool (npm, uv, a generator, a compiler) and saying in a few lines why it failed."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path


class ToolFailed(Exception):
    """The tool was missing, timed out or exited non-zero; the message names it and ends with its last
    output lines."""


def run_tool(
    command: Sequence[str | os.PathLike[str]],
    cwd: Path,
    what: str,
    *,
    env: Mapping[str, str] | None = None,
    timeout: float | None = None,
    shown_lines: int = 12,
) -> str:
    """Run ``command`` in ``cwd`` with ``env`` added to this process's; return its stdout (a failure
    shows the last lines of stdout and stderr)."""
    try:
        completed = subprocess.run(
            [str(part) for part in command],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            env={**os.environ, **(env or {})},
        )
    except FileNotFoundError as error:
        raise ToolFailed(f"{what}: {error.filename} not found") from None
    except subprocess.TimeoutExpired:
        raise ToolFailed(f"{what}: still running after {timeout} s") from None
    output = completed.stdout + completed.stderr
    if completed.returncode != 0:
        lines = [line for line in output.splitlines() if line.strip()] or ["no output"]
        shown = "\n".join(lines[-shown_lines:])
        raise ToolFailed(f"{what} failed (exit {completed.returncode}):\n{shown}")
    return completed.stdout
