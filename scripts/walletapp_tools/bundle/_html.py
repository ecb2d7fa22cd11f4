"""A self-contained, offline HTML API reference: Redoc's standalone bundle with the spec embedded.

Redoc (npm ``redoc``, pinned in package.json) ships ``bundles/redoc.standalone.js``, which renders a
spec object in the browser, webhooks included. We inline it as a ``data:`` script URL (so no byte of
it can end the ``<script>`` element early) and embed the public spec as JSON with ``<`` escaped.

Offline by construction:

- a Content-Security-Policy ``<meta>`` allows only inline/``data:``/``blob:`` resources, so the page
  cannot fetch anything from the network even if a future Redoc tries;
- the one remote resource Redoc 2.x loads unconditionally (the Redocly logo in the sidebar footer,
  :data:`REMOTE_LOGO`) is replaced by an inline SVG; if a Redoc upgrade moves it, the build fails;
- the ``sourceMappingURL`` comment is removed (the map is not shipped);
- no web fonts are requested (Redoc's standalone bundle uses the fonts named in its theme, which fall
  back to local ones).

Redoc lists scopes only for OAuth2 schemes, and our abilities are scopes of a bearer scheme, so the
page would not say which ability an operation needs: :func:`with_abilities` starts each operation's
description with it (the published YAML/JSON do the same, :mod:`._portable`; applying it twice is a no-op).

The output has no timestamp or random id: the same spec and the same Redoc give the same bytes.
"""

from __future__ import annotations

import base64
import copy
import html
import json
import re
from pathlib import Path
from typing import Any

from ._errors import BundleError
from ._portable import abilities_in_descriptions

REDOC_BUNDLE = Path("node_modules/redoc/bundles/redoc.standalone.js")
REMOTE_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"
_INLINE_LOGO = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E"
_CSP = (
    "default-src 'none'; script-src 'unsafe-inline' data: blob:; style-src 'unsafe-inline'; "
    "img-src data: blob:; font-src data:; worker-src blob: data:; connect-src data: blob:"
)
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)
_REDOC_OPTIONS = {"hideLoading": True, "expandResponses": "200,201,202", "jsonSampleExpandLevel": 3}


def _redoc_source(bundle: Path) -> str:
    try:
        source = bundle.read_text(encoding="utf-8")
    except OSError as error:
        raise BundleError(
            f"{bundle}: cannot read the Redoc bundle ({error.strerror}); run `make install`"
        ) from None
    if source.count(REMOTE_LOGO) != 1:
        raise BundleError(
            f"{bundle}: expected the Redocly logo URL exactly once, found {source.count(REMOTE_LOGO)}; "
            "check what this Redoc version loads from the network and update walletapp_tools.bundle._html"
        )
    source = _SOURCE_MAP.sub("", source)
    return source.replace(REMOTE_LOGO, _INLINE_LOGO)


def with_abilities(document: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of ``document`` whose operations' descriptions start with their bearer abilities."""
    result = copy.deepcopy(document)
    abilities_in_descriptions(result)
    return result


def _json_for_script(document: dict[str, Any]) -> str:
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(document: dict[str, Any], bundle: Path = REDOC_BUNDLE) -> str:
    """Return the HTML reference page for ``document`` (an OpenAPI 3.1 dict)."""
    script = base64.b64encode(_redoc_source(bundle).encode("utf-8")).decode("ascii")
    info = document.get("info", {})
    title = html.escape(f"{info.get('title', 'API')} {info.get('version', '')} reference".strip())
    options = json.dumps(_REDOC_OPTIONS, sort_keys=True)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n"
        "<style>body { margin: 0; padding: 0; }</style>\n"
        "</head>\n<body>\n"
        '<div id="redoc"></div>\n'
        '<script id="openapi-document" type="application/json">'
        f"{_json_for_script(with_abilities(document))}</script>\n"
        f'<script src="data:text/javascript;base64,{script}"></script>\n'
        "<script>\n"
        "Redoc.init(JSON.parse(document.getElementById('openapi-document').textContent), "
        f"{options}, document.getElementById('redoc'));\n"
        "</script>\n"
        "</body>\n</html>\n"
    )
