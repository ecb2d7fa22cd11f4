"""The public contract: the source spec with the public overlay(s) applied.

Other-language teams build against the production API, so everything that only exists for our mock
(the ``http://127.0.0.1:4010`` server, mock-only extensions) is removed by ``overlays/public.yaml``
rather than by code here: the overlay documents why each piece goes, and the applier
(:mod:`walletapp_tools.overlay`) is strict, so a target that stops matching fails the build.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from walletapp_tools.overlay import OverlayError, apply_overlay_files

from ._errors import BundleError


def public_document(
    spec_path: str | os.PathLike[str], overlay_paths: Sequence[str | os.PathLike[str]]
) -> dict[str, Any]:
    """Return the spec at ``spec_path`` with ``overlay_paths`` applied in order (strict mode)."""
    try:
        document = apply_overlay_files(spec_path, list(overlay_paths), strict=True)
    except OverlayError as error:
        raise BundleError(str(error)) from None
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3.1"):
        raise BundleError(f"{spec_path}: expected an OpenAPI 3.1 document (openapi: 3.1.x)")
    return document
