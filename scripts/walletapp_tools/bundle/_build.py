"""Build every published artifact into one folder, reproducibly.

The artifacts (see README "Published artifacts"):

=============================  ===================================================================
``walletapp.openapi.yaml``     OpenAPI 3.1, public overlay applied, rewritten into the forms every
                               mainstream generator reads (:mod:`._portable`, same meaning)
``walletapp.openapi.json``     the same document as JSON
``walletapp.openapi-3.0.yaml`` OpenAPI 3.0.3 down-conversion (:mod:`._downconvert`), 3.0-validated
``walletapp.html``             offline HTML reference (:mod:`._html`)
attached files                 copied verbatim (``--attach``; we attach ``DISCREPANCIES.md``, which
                               the spec's description says is published next to it)
``SHA256SUMS``                 checksums of the files above, so two builds are compared at a glance
=============================  ===================================================================

Every file is a pure function of the spec, the overlays and the pinned Redoc bundle: key order is
the spec's own, dumps are :mod:`walletapp_tools.spec`'s stable YAML/JSON writers, nothing records a time.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator

from ..spec import SpecError, dump_document, replace_file
from ._downconvert import downconvert, validate_30
from ._errors import BundleError
from ._html import render_html
from ._portable import portable
from ._public import public_document

YAML_31 = "walletapp.openapi.yaml"
JSON_31 = "walletapp.openapi.json"
YAML_30 = "walletapp.openapi-3.0.yaml"
HTML = "walletapp.html"
SUMS = "SHA256SUMS"
ARTIFACTS = (YAML_31, JSON_31, YAML_30, HTML)


def _validate_31(document: dict[str, Any], source: str) -> None:
    errors = list(OpenAPIV31SpecValidator(document).iter_errors())
    if errors:
        first = errors[0]
        where = "/".join(str(part) for part in first.absolute_path)
        raise BundleError(
            f"{source}: not valid OpenAPI 3.1 ({len(errors)} errors): #/{where}: {first.message}"
        )


def _attachment(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise BundleError(f"{path}: cannot attach: {error.strerror}") from None
    except UnicodeDecodeError:
        raise BundleError(f"{path}: cannot attach: not UTF-8 text") from None


def render_artifacts(
    spec: str | os.PathLike[str],
    overlays: Sequence[str | os.PathLike[str]],
    redoc_bundle: Path,
    attachments: Sequence[str | os.PathLike[str]] = (),
) -> dict[str, str]:
    """Return ``{file name: text}`` for every artifact; raises :class:`BundleError` on bad input."""
    source = f"{spec} with {', '.join(map(str, overlays)) or 'no overlay'}"
    public = public_document(spec, overlays)
    _validate_31(public, source)
    try:
        public = portable(public)
        _validate_31(public, f"{source}, rewritten for generators")
        legacy = downconvert(public)
        html = render_html(public, redoc_bundle)
    except SpecError as error:
        raise BundleError(str(error)) from None
    validate_30(legacy, YAML_30)
    texts = {
        YAML_31: dump_document(public, "yaml"),
        JSON_31: dump_document(public, "json"),
        YAML_30: dump_document(legacy, "yaml"),
        HTML: html,
    }
    for attachment in map(Path, attachments):
        if attachment.name in texts or attachment.name == SUMS:
            raise BundleError(f"{attachment}: an artifact already has the name {attachment.name}")
        texts[attachment.name] = _attachment(attachment)
    texts[SUMS] = "".join(
        f"{hashlib.sha256(text.encode('utf-8')).hexdigest()}  {name}\n" for name, text in texts.items()
    )
    return texts


def write_artifacts(texts: dict[str, str], out_dir: str | os.PathLike[str]) -> list[Path]:
    """Write ``texts`` into ``out_dir`` (created if needed), each file replaced atomically."""
    target = Path(out_dir)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BundleError(f"{target}: cannot create the output folder: {error.strerror}") from None
    written = []
    for name, text in texts.items():
        path = target / name
        try:
            replace_file(path, text)
        except OSError as error:
            raise BundleError(f"{path}: cannot write: {error.strerror}") from None
        written.append(path)
    return written


def build(
    spec: str | os.PathLike[str],
    overlays: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    redoc_bundle: Path,
    attachments: Sequence[str | os.PathLike[str]] = (),
) -> list[Path]:
    """Build every artifact of ``spec`` + ``overlays`` into ``out_dir``; return the paths written."""
    return write_artifacts(render_artifacts(spec, overlays, redoc_bundle, attachments), out_dir)
