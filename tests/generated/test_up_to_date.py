"""generated/walletapp-client is exactly what `make generate` makes of the current spec, overlays and config.

The client is regenerated into a temporary folder by the same pipeline function as ``make generate``
and compared with the committed tree file by file, including the set of files, like
openapi-python-client's own golden-record tests. Caches that Python tools write next to the code
(``__pycache__``, ``.mypy_cache``...) are not part of the record.
"""

from __future__ import annotations

from pathlib import Path

from walletapp_tools.generate import generate

from .client_spec import CONFIG, OUTPUT, OVERLAYS, ROOT, SPEC, TEMPLATES

NOT_RECORDED = {"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"}


def recorded_files(tree: Path) -> dict[str, bytes]:
    """Relative path -> content of every file of ``tree`` that belongs to the record."""
    return {
        path.relative_to(tree).as_posix(): path.read_bytes()
        for path in sorted(tree.rglob("*"))
        if path.is_file() and not NOT_RECORDED.intersection(path.relative_to(tree).parts)
    }


def differences(expected: dict[str, bytes], actual: dict[str, bytes]) -> list[str]:
    """One line per file that is missing, unexpected or different in ``actual``."""
    lines = []
    for name in sorted(expected.keys() | actual.keys()):
        if name not in actual:
            lines.append(f"{name}: missing")
        elif name not in expected:
            lines.append(f"{name}: not generated")
        elif expected[name] != actual[name]:
            lines.append(f"{name}: differs")
    return lines


def test_differences_name_missing_extra_and_changed_files() -> None:
    expected = {"a.py": b"1", "b.py": b"2", "c.py": b"3"}
    actual = {"a.py": b"1", "b.py": b"changed", "d.py": b"4"}
    assert differences(expected, actual) == ["b.py: differs", "c.py: missing", "d.py: not generated"]


def test_generated_client_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / OUTPUT.name
    generate(SPEC, OVERLAYS, CONFIG, TEMPLATES, fresh)
    stale = differences(recorded_files(fresh), recorded_files(OUTPUT))
    assert not stale, (
        f"{OUTPUT.relative_to(ROOT).parent}/ is stale: run `make generate` "
        f"(files of {OUTPUT.relative_to(ROOT)} that differ from a fresh generation: {'; '.join(stale)})"
    )
