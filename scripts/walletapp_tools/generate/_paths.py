"""Where the pipeline's inputs and outputs live, relative to the repository root."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SPEC = ROOT / "openapi" / "walletapp.yaml"
OVERLAYS = (ROOT / "overlays" / "python-client.yaml",)
"""One overlay per variant (overlays/README.md); a tuple because overlays apply in order."""
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "templates" / "python-client"
"""Our replacements for some of the generator's templates (same file names), see its README.md."""
OUTPUT = ROOT / "generated" / "walletapp-client"
BUILD_SPEC = ROOT / "build" / "walletapp.python-client.json"
"""JSON rather than YAML: the generator parses it several times faster, and nobody edits it."""
LOCKFILE = ROOT / "uv.lock"
