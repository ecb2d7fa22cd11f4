"""The HTML reference in a real headless browser (Debian's chromium): every operation and webhook shows.

Driven by Playwright's Python API with ``executable_path`` pointing at the system browser: Playwright's
own browser download cannot work here. ``make browser`` installs chromium when it is missing; outside
CI a missing browser skips these tests with that hint, in CI it fails them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from walletapp_tools.bundle import build
from walletapp_tools.spec import load_document

from .conftest import REAL_OVERLAY, REAL_SPEC

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        message = f"{CHROMIUM} not found: run `make browser`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, redoc_bundle: Path) -> Path:
    out = tmp_path_factory.mktemp("dist")
    build(REAL_SPEC, [REAL_OVERLAY], out, redoc_bundle)
    return out


def _operations(container: dict[str, Any]) -> list[dict[str, Any]]:
    return [item[method] for item in container.values() for method in _METHODS if method in item]


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = document
        for token in node["$ref"].lstrip("#/").split("/"):
            target = target[token]
        node = target
    return node


@pytest.fixture(scope="module")
def opened(browser: Browser, published: Path) -> Iterator[tuple[Page, list[str], dict[str, Any]]]:
    document = load_document(published / "walletapp.openapi.yaml")
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto((published / "walletapp.html").as_uri())
    page.wait_for_function("document.querySelectorAll('[data-section-id^=\"operation/\"]').length > 0")
    yield page, requested, document
    page.close()


def test_every_operation_appears_with_its_summary(opened: tuple[Page, list[str], dict[str, Any]]) -> None:
    page, _, document = opened
    operations = _operations(document["paths"])
    assert len(operations) >= 30
    sections = set(page.eval_on_selector_all("[data-section-id]", "els => els.map(e => e.dataset.sectionId)"))
    text = page.inner_text("body")
    missing = [
        operation["operationId"]
        for operation in operations
        if f"operation/{operation['operationId']}" not in sections or operation["summary"] not in text
    ]
    assert missing == []


def test_every_operation_shows_the_token_ability_it_requires(
    opened: tuple[Page, list[str], dict[str, Any]],
) -> None:
    page, _, document = opened
    missing = []
    for operation in _operations(document["paths"]):
        abilities = [scope for requirement in operation["security"] for scope in requirement["bearerAuth"]]
        section = page.locator(f"[data-section-id='operation/{operation['operationId']}']").inner_text()
        if not abilities or f"Required token ability: {' or '.join(abilities)}" not in section:
            missing.append(operation["operationId"])
    assert missing == []


def test_every_webhook_appears(opened: tuple[Page, list[str], dict[str, Any]]) -> None:
    page, _, document = opened
    webhooks = {name: _resolve(document, item) for name, item in document["webhooks"].items()}
    assert webhooks
    for name, item in webhooks.items():
        for operation in _operations({name: item}):
            section = page.locator(f"[data-section-id='operation/{operation['operationId']}']")
            assert section.count() == 1, name
            shown = section.inner_text()
            assert operation["summary"] in shown and "Webhook" in shown, name


def test_the_page_fetches_nothing_from_the_network(opened: tuple[Page, list[str], dict[str, Any]]) -> None:
    _, requested, _ = opened
    assert requested
    assert [url for url in requested if not url.startswith(("file:", "data:", "blob:", "about:"))] == []
