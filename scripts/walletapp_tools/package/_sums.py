"""Adding files to dist/SHA256SUMS (written by ``make bundle`` for its own files)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

SUMS = "SHA256SUMS"


def list_in_sums(dist: Path, names: Sequence[str]) -> None:
    """List ``names`` (files in ``dist``) in SHA256SUMS after the entries already there, replacing
    the old line of a listed name and dropping lines of files that no longer exist."""
    sums = dist / SUMS
    lines = sums.read_text(encoding="utf-8").splitlines() if sums.exists() else []
    kept = [line for line in lines if line.split("  ", 1)[-1] not in names]
    kept = [line for line in kept if (dist / line.split("  ", 1)[-1]).exists()]
    for name in names:
        digest = hashlib.sha256((dist / name).read_bytes()).hexdigest()
        kept.append(f"{digest}  {name}")
    sums.write_text("".join(f"{line}\n" for line in kept), encoding="utf-8")
