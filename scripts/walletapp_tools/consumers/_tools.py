"""Running the pinned tools: npm binaries from node_modules/, Python ones from this environment, java."""

from __future__ import annotations

import importlib.metadata
import json
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .._process import ToolFailed, run_tool
from ._matrix import RowFailed

CHECKS = Path(__file__).resolve().parent / "checks"
"""Checker programs shipped with this package (run against each row's generated code)."""

_TIMEOUT = 600


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
    try:
        return run_tool(command, cwd, what, env={"NO_COLOR": "1", "FORCE_COLOR": "0"}, timeout=_TIMEOUT)
    except ToolFailed as error:
        raise RowFailed(str(error)) from None
