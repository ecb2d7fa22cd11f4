"""The overlaid spec the generator reads, kept in build/ and rebuilt only when one of its inputs changed.

Reusing it is what make does with a target newer than its prerequisites; when it is reused,
:mod:`walletapp_tools.overlay` (whose import costs more than applying the overlay) is not imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .._files import replace_file
from ._errors import GenerateError
from ._paths import LOCKFILE, SPEC


def client_spec_inputs(overlays: Sequence[Path]) -> list[Path]:
    """Every file the overlaid spec depends on: the spec, the overlays, the applier's code (with the
    package's shared ``_*.py`` modules it imports), uv.lock."""
    tools = Path(__file__).parents[1]
    code = sorted(p for p in (tools / "overlay").rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    code += sorted(tools.glob("_*.py"))
    return [SPEC, *overlays, LOCKFILE, *code]


def _inputs_record(path: Path) -> Path:
    """Lists the inputs ``path`` was built from, so that other overlays never reuse it."""
    return path.with_name(path.name + ".inputs")


def _is_fresh(path: Path, inputs: list[Path]) -> bool:
    try:
        built = path.stat().st_mtime_ns
        recorded = _inputs_record(path).read_text(encoding="utf-8")
        listed = "".join(f"{source}\n" for source in inputs)
        return recorded == listed and all(source.stat().st_mtime_ns < built for source in inputs)
    except FileNotFoundError:
        return False


def client_spec_text(path: Path, overlays: Sequence[Path]) -> str:
    """The spec with ``overlays`` applied, as JSON: from ``path`` if fresh, else built and written there.

    Files are replaced atomically, and the record of inputs last, so an interrupted run never leaves a
    fresh-looking partial file. A bad overlay raises :class:`GenerateError` with the applier's one-line
    message (file, action).
    """
    inputs = client_spec_inputs(overlays)
    if _is_fresh(path, inputs):
        return path.read_text(encoding="utf-8")
    from walletapp_tools.overlay import OverlayError, apply_overlay_files, dump_document

    try:
        text = dump_document(apply_overlay_files(SPEC, overlays), "json")
    except OverlayError as error:
        raise GenerateError(str(error)) from None
    path.parent.mkdir(parents=True, exist_ok=True)
    _inputs_record(path).unlink(missing_ok=True)
    replace_file(path, text)
    replace_file(_inputs_record(path), "".join(f"{source}\n" for source in inputs))
    return text
