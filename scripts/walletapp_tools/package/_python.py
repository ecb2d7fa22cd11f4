"""The generated Python client's wheel and sdist, built by ``uv build`` (backend uv_build)."""

from __future__ import annotations

from pathlib import Path

from ._run import run_build_tool

STALE = ("walletapp_client-*.whl", "walletapp_client-*.tar.gz")


def python_dists(client: Path, out: Path, uv: str) -> list[Path]:
    """Build ``client`` (generated/walletapp-client) into ``out``; return the wheel and the sdist."""
    for pattern in STALE:  # a previous version's files would be listed as if current
        for path in out.glob(pattern):
            path.unlink()
    run_build_tool(
        [uv, "build", "--offline", "--no-create-gitignore", "--out-dir", out.resolve(), client.resolve()],
        client,
        "uv build",
    )
    return sorted(path for pattern in STALE for path in out.glob(pattern))
