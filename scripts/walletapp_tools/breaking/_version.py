"""Semantic versions of the contract (``info.version``) and picking the last released file."""

from __future__ import annotations

import re
from pathlib import Path

from ._model import BreakingCheckError

_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$")
RELEASED_NAME = re.compile(r"^walletapp-(.+)\.ya?ml$")

Version = tuple[int, int, int, tuple[int, str]]
"""Sortable: a pre-release (``1.1.0-rc.1``) sorts before its release."""


def parse_version(text: object, source: str) -> Version:
    match = _SEMVER.match(str(text)) if isinstance(text, str) else None
    if match is None:
        raise BreakingCheckError(
            f"{source}: info.version {text!r} is not a semantic version (MAJOR.MINOR.PATCH)"
        )
    major, minor, patch, pre = match.groups()
    return int(major), int(minor), int(patch), (0, pre) if pre else (1, "")


def latest_release(folder: Path) -> Path:
    """The ``walletapp-<version>.yaml`` file of ``folder`` with the highest version."""
    candidates = []
    for path in folder.iterdir() if folder.is_dir() else []:
        match = RELEASED_NAME.match(path.name)
        if match:
            candidates.append((parse_version(match.group(1), str(path)), path))
    if not candidates:
        raise BreakingCheckError(f"{folder}: no released contract (walletapp-<version>.yaml) found")
    return max(candidates)[1]
