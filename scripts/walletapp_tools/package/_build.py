"""Build every package into dist/ and list it in SHA256SUMS."""

from __future__ import annotations

from pathlib import Path

from ..spec import SpecError, load_document
from ._npm import TYPES, npm_package
from ._python import python_dists
from ._run import PackageError
from ._sums import list_in_sums

CONTRACT = "walletapp.openapi.yaml"


def contract_version(dist: Path) -> str:
    """``info.version`` of the published contract: the version of every package."""
    try:
        document = load_document(dist / CONTRACT)
    except SpecError as error:
        raise PackageError(f"cannot read {error}; run `make bundle`") from None
    version = (document.get("info") or {}).get("version") if isinstance(document, dict) else None
    if not isinstance(version, str):
        raise PackageError(f"{dist / CONTRACT}: no info.version")
    return version


def build_packages(dist: Path, client: Path, uv: str) -> list[Path]:
    """Build the npm package and the client's wheel and sdist into ``dist``; return their paths."""
    version = contract_version(dist)
    built = [npm_package(dist, version), *python_dists(client, dist, uv)]
    list_in_sums(dist, [TYPES, *(path.name for path in built)])
    return built
