"""Build the published contract (dist/) that other-language teams generate clients and docs from.

``make bundle`` runs ``walletapp-bundle --spec openapi/walletapp.yaml --overlay overlays/public.yaml
--out dist``, which writes the OpenAPI 3.1 document with the public overlay applied (YAML and JSON),
its OpenAPI 3.0.3 down-conversion, an offline HTML reference and SHA256SUMS. One module per step:
:mod:`._public` (overlay), :mod:`._portable` (equivalent forms every generator reads),
:mod:`._downconvert` (3.1 to 3.0.3, one function per rule),
:mod:`._html` (Redoc page), :mod:`._build` (writing the folder reproducibly).

Use::

    from walletapp_tools.bundle import build
    build("openapi/walletapp.yaml", ["overlays/public.yaml"], "dist")

Every bad input raises :class:`BundleError`, whose message is one line.
"""

from ._build import ARTIFACTS, build, render_artifacts, write_artifacts
from ._cli import main
from ._downconvert import DOCUMENT_RULES, SCHEMA_RULES, downconvert, validate_30
from ._errors import BundleError
from ._html import render_html
from ._portable import PORTABLE_RULES, portable
from ._public import public_document

__all__ = [
    "ARTIFACTS",
    "DOCUMENT_RULES",
    "PORTABLE_RULES",
    "SCHEMA_RULES",
    "BundleError",
    "build",
    "downconvert",
    "main",
    "portable",
    "public_document",
    "render_artifacts",
    "render_html",
    "validate_30",
    "write_artifacts",
]
