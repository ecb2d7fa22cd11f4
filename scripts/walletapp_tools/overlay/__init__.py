"""Apply OpenAPI Overlay documents (https://spec.openapis.org/overlay/) to OpenAPI documents.

Implements Overlay 1.0.0 and 1.1.0 exactly (``update``, ``remove`` and 1.1's ``copy``), validates every
overlay against the JSON Schema of its declared version and evaluates targets with an RFC 9535
JSONPath implementation. One deliberate addition: strict mode (the default) makes an action whose
target matches no node an error instead of the specification's silent no-op.

Use::

    from walletapp_tools.overlay import apply_overlay_files
    document = apply_overlay_files("openapi/walletapp.yaml", ["overlays/public.yaml"])

or ``walletapp-overlay apply SPEC OVERLAY... -o OUT [--lenient]``. Every bad input raises
:class:`OverlayError`, whose message is one line naming the file, action and target or JSON pointer.
"""

from ._apply import apply_overlay_files, apply_overlays
from ._cli import main
from ._errors import OverlayError
from ._model import Action, Overlay, load_overlay, parse_overlay

__all__ = [
    "Action",
    "Overlay",
    "OverlayError",
    "apply_overlay_files",
    "apply_overlays",
    "load_overlay",
    "main",
    "parse_overlay",
]
