"""The HTML reference is one offline file: no external script, style, font or image, no timestamp."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

import pytest
from walletapp_tools.bundle import BundleError, render_html
from walletapp_tools.bundle._html import REMOTE_LOGO, with_abilities

_DATA_SCRIPT = re.compile(r'<script src="data:text/javascript;base64,([A-Za-z0-9+/=]+)"></script>')
_EXTERNAL_IN_MARKUP = re.compile(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)
_EXTERNAL_IN_CSS = re.compile(r"""(?:url\(\s*["']?|@import\s+["']?)(?:https?:)?//""")


def _scripts(page: str) -> str:
    return "".join(base64.b64decode(match).decode("utf-8") for match in _DATA_SCRIPT.findall(page))


def test_the_page_references_no_external_resource(mini: dict[str, Any], redoc_bundle: Path) -> None:
    page = render_html(mini, redoc_bundle)
    markup = _DATA_SCRIPT.sub("", page)
    assert not _EXTERNAL_IN_MARKUP.search(markup)
    assert not _EXTERNAL_IN_CSS.search(markup)
    code = _scripts(page)
    assert len(code) > 500_000
    assert REMOTE_LOGO not in code
    assert "fonts.googleapis.com" not in code and "fonts.gstatic.com" not in code
    assert not _EXTERNAL_IN_CSS.search(code)
    assert not re.search(r"^//# sourceMappingURL=", code, re.MULTILINE)


def test_a_content_security_policy_forbids_the_network(mini: dict[str, Any], redoc_bundle: Path) -> None:
    page = render_html(mini, redoc_bundle)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None
    assert "default-src 'none'" in policy.group(1)
    assert "http" not in policy.group(1)


def test_a_closing_script_tag_inside_the_spec_cannot_end_the_script(
    mini: dict[str, Any], redoc_bundle: Path
) -> None:
    mini["info"]["description"] = "</script><script>alert(1)</script> <!-- &amp;"
    page = render_html(mini, redoc_bundle)
    embedded = page.split('<script id="openapi-document" type="application/json">', 1)[1]
    embedded = embedded.split("</script>", 1)[0]
    assert "<" not in embedded and ">" not in embedded
    assert "\\u003c/script\\u003e" in embedded


def test_the_title_names_the_api_and_version_escaped(mini: dict[str, Any], redoc_bundle: Path) -> None:
    mini["info"]["title"] = "A & B"
    assert "<title>A &amp; B 1.0.0 reference</title>" in render_html(mini, redoc_bundle)


def test_a_missing_redoc_bundle_is_a_one_line_error(mini: dict[str, Any], tmp_path: Path) -> None:
    with pytest.raises(
        BundleError, match=r"redoc.standalone.js: cannot read the Redoc bundle .*make install"
    ):
        render_html(mini, tmp_path / "redoc.standalone.js")


def test_a_redoc_without_the_known_logo_url_fails_instead_of_guessing(
    mini: dict[str, Any], tmp_path: Path
) -> None:
    fake = tmp_path / "redoc.standalone.js"
    fake.write_text("window.Redoc = {};", encoding="utf-8")
    with pytest.raises(BundleError, match="expected the Redocly logo URL exactly once, found 0"):
        render_html(mini, fake)


def test_each_operation_description_starts_with_its_abilities(mini: dict[str, Any]) -> None:
    shown = with_abilities(mini)
    search = shown["paths"]["/members"]["get"]
    assert search["description"] == "**Required token ability:** `members.get`"
    webhook = shown["webhooks"]["batchFinished"]["post"]
    assert webhook["description"] == mini["webhooks"]["batchFinished"]["post"]["description"]
    assert "description" not in mini["paths"]["/members"]["get"]
