"""Running the pinned tools: npm binaries from node_modules/, Python ones from this environment, java."""

from __future__ import annotations

import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ._matrix import RowFailed

CHECKS = Path(__file__).resolve().parent / "checks"
"""Checker programs shipped with this package (run against each row's generated code)."""

_TIMEOUT = 600
_SHOWN_LINES = 12


def npm_version(package: str) -> Callable[[Path], str]:
    """A row's version reader: ``node_modules/<package>/package.json``'s version."""

    def read(root: Path) -> str:
        manifest = root / "node_modules" / package / "package.json"
        return str(json.loads(manifest.read_text(encoding="utf-8"))["version"])

    return read


def pypi_version(distribution: str) -> Callable[[Path], str]:
    """A row's version reader: the installed distribution's version (uv.lock pins it)."""

    def read(root: Path) -> str:
        return importlib.metadata.version(distribution)

    return read


def npm_bin(root: Path, name: str) -> str:
    path = root / "node_modules" / ".bin" / name
    if not path.exists():
        raise RowFailed(f"{path} is missing: run `make install`")
    return str(path)


def python() -> str:
    return sys.executable


def openapi_generator_jar() -> Path:
    """The jar the PyPI package ``openapi-generator-cli`` ships (no download at run time)."""
    import openapi_generator_cli

    return Path(openapi_generator_cli.__file__).resolve().parent / "openapi-generator.jar"


def java(tool: str = "java") -> str:
    found = shutil.which(tool)
    if found is None:
        raise RowFailed(
            f"`{tool}` not found: the Java rows need a JDK 11+ (Debian: apt-get install default-jdk)"
        )
    return found


def run(command: Sequence[str | os.PathLike[str]], cwd: Path, what: str) -> str:
    """Run ``command`` in ``cwd``; return its output, or raise :class:`RowFailed` naming ``what``."""
    environment = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"}
    try:
        completed = subprocess.run(
            [str(part) for part in command],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=_TIMEOUT,
            check=False,
            env=environment,
        )
    except FileNotFoundError as error:
        raise RowFailed(f"{what}: {error.filename} not found") from None
    except subprocess.TimeoutExpired:
        raise RowFailed(f"{what}: still running after {_TIMEOUT} s") from None
    output = completed.stdout + completed.stderr
    if completed.returncode != 0:
        lines = [line for line in output.splitlines() if line.strip()]
        shown = "\n".join(lines[-_SHOWN_LINES:])
        raise RowFailed(f"{what} failed (exit {completed.returncode}):\n{shown}")
    return output
