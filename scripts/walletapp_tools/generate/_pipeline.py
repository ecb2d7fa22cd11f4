"""The pipeline of ``make generate``: overlay the spec, run the generator, swap the new client in.

1. The spec with the overlays applied (:mod:`walletapp_tools.overlay`) is written as JSON, the
   generator's input (JSON rather than YAML: it parses it several times faster, and nobody edits it).
2. The pinned openapi-python-client generates the client from it into a staging folder, exactly as
   ``openapi-python-client generate`` would on the command line, from this environment so that its
   ruff post-hooks use the locked ruff. Any warning it reports fails the run.
3. The new tree replaces the old one with two renames, or the old one stays untouched when nothing
   changed (unchanged modification times spare uv a rebuild of the editable install).

A failure at any step leaves the previous client in place and raises :class:`GenerateError`, one line.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ..overlay import apply_overlay_files
from ..spec import SpecError, dump_document, replace_file

META = "uv"
"""pyproject.toml in the uv format, so the client is a uv workspace member of this project."""

NOT_RECORDED = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"})
"""Caches Python tools write next to the code: not part of the generated record."""


class GenerateError(Exception):
    """The client could not be generated; ``str`` is a one-line reason naming the input at fault."""


def generator_command(spec: Path, out_dir: Path, config: Path, templates: Path) -> list[str]:
    """The openapi-python-client command line that turns ``spec`` into the client at ``out_dir``."""
    return [
        sys.executable, "-m", "walletapp_tools.generate._sdk", "generate",  # the generator, plus the SDK
        "--path", str(spec),
        "--config", str(config),
        "--custom-template-path", str(templates),
        "--meta", META,
        "--output-path", str(out_dir),
        "--overwrite",
        "--fail-on-warning",
    ]  # fmt: skip


def generator_env() -> dict[str, str]:
    """The environment with this interpreter's scripts first on PATH, where the post-hooks find ruff."""
    return {
        **os.environ,
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
    }


def _report(output: str, out_dir: Path) -> str:
    """The generator's output minus its progress line and boilerplate, joined into one line."""
    noise = (f"Generating {out_dir}", "For further information visit", "If you believe this was a mistake")
    lines = [line.strip() for line in output.splitlines()]
    return " | ".join(line for line in lines if line and not line.startswith(noise))


def recorded_files(tree: Path) -> list[Path]:
    """The files of ``tree`` that belong to the record, relative to it, sorted."""
    return sorted(
        path.relative_to(tree)
        for path in tree.rglob("*")
        if path.is_file() and not NOT_RECORDED.intersection(path.relative_to(tree).parts)
    )


def swap_in(new: Path, target: Path) -> None:
    """Put the tree ``new`` at ``target``, replacing what was there, unless both record the same files."""
    files = recorded_files(new)
    if target.is_dir() and files == recorded_files(target):
        _, mismatch, errors = filecmp.cmpfiles(new, target, [str(f) for f in files], shallow=False)
        if not mismatch and not errors:
            return
    old = new.with_name(new.name + ".old")
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def generate(
    spec: Path,
    overlays: Sequence[Path],
    config: Path,
    templates: Path,
    out_dir: Path,
    *,
    client_spec: Path | None = None,
) -> None:
    """Generate the client of ``spec`` + ``overlays`` into ``out_dir`` (``config``: generator-config.yml,
    ``templates``: our replacements of some generator templates).

    The overlaid spec, the generator's input, is kept at ``client_spec`` when given (build/, where
    ``make bench-generate`` reads it too), else in the staging folder. Raises :class:`GenerateError`.
    """
    out_dir = out_dir.resolve()
    try:
        text = dump_document(apply_overlay_files(spec, overlays), "json")
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=out_dir.parent, prefix=f".{out_dir.name}.") as staging:
            source = client_spec or Path(staging) / "client-spec.json"
            source.parent.mkdir(parents=True, exist_ok=True)
            replace_file(source, text)
            new = Path(staging) / out_dir.name
            command = generator_command(source, new, config, templates)
            done = subprocess.run(command, env=generator_env(), capture_output=True, text=True, check=False)
            report = _report(done.stdout + done.stderr, new)
            if done.returncode != 0 or report:
                reason = f"(exit {done.returncode}): {report or 'no output'}"
                raise GenerateError(f"openapi-python-client failed on {source} {reason}")
            swap_in(new, out_dir)
    except SpecError as error:
        raise GenerateError(str(error)) from None
    except OSError as error:
        where = error.filename or out_dir
        raise GenerateError(f"{where}: {error.strerror or error}") from None
