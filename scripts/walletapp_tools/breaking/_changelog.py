"""Rendering a comparison as a Markdown CHANGELOG section.

The section is generated, never edited by hand: ``make check-breaking`` writes it to
``build/CHANGELOG.section.md`` (and prints it); at release time it is pasted on top of CHANGELOG.md.
Order is the comparison's own (document order of the released contract, then new operations), so the
same two documents always give the same text.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._model import Change


def _line(change: Change) -> str:
    return f"- **{change.where}**: {change.detail} (`{change.rule}`)"


def render_section(
    changes: Sequence[Change], base_version: str, current_version: str, base_source: str
) -> str:
    breaking = [change for change in changes if change.breaking]
    other = [change for change in changes if not change.breaking]
    title = f"{current_version} (unreleased)" if current_version != base_version else "Unreleased"
    lines = [
        f"## {title}",
        "",
        f"Compared with the released contract {base_version} (`{base_source}`): "
        f"{len(breaking)} breaking, {len(other)} other.",
        "",
        "### Breaking changes",
        "",
        *([_line(change) for change in breaking] or ["None."]),
        "",
        "### Other changes",
        "",
        *([_line(change) for change in other] or ["None."]),
    ]
    return "\n".join(lines) + "\n"
