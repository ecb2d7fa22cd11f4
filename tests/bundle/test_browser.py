"""The HTML reference in a real headless browser (Debian's chromium): every operation and webhook shows.

Driven by Playwright's Python API with ``executable_path`` pointing at the system browser: Playwright's
own browser download cannot work here. ``make install-browser`` installs chromium when it is missing; outside
CI a missing browser skips these tests with that hint, in CI it fails them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from walletapp_tools.bundle import build
from walletapp_tools.spec import Spec, load_spec

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


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        message = f"{CHROMIUM} not found: run `make install-browser`"
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


@pytest.fixture(scope="module")
def opened(browser: Browser, published: Path) -> Iterator[tuple[Page, list[str], Spec]]:
    document = load_spec(published / "walletapp.openapi.yaml")
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto((published / "walletapp.html").as_uri())
    page.wait_for_function("document.querySelectorAll('[data-section-id^=\"operation/\"]').length > 0")
    yield page, requested, document
    page.close()


def test_every_operation_appears_with_its_summary(opened: tuple[Page, list[str], Spec]) -> None:
    page, _, document = opened
    operations = [operation.node for operation in document.operations()]
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
    opened: tuple[Page, list[str], Spec],
) -> None:
    page, _, document = opened
    missing = []
    for operation in document.operations():
        abilities = operation.abilities
        section = page.locator(f"[data-section-id='operation/{operation.operation_id}']").inner_text()
        if not abilities or f"Required token ability: {' or '.join(abilities)}" not in section:
            missing.append(operation.operation_id)
    assert missing == []


def test_every_webhook_appears(opened: tuple[Page, list[str], Spec]) -> None:
    page, _, document = opened
    webhooks = document.webhooks()
    assert webhooks
    for webhook in webhooks:
        section = page.locator(f"[data-section-id='operation/{webhook.operation_id}']")
        assert section.count() == 1, webhook.label
        shown = section.inner_text()
        assert webhook.node["summary"] in shown and "Webhook" in shown, webhook.label


def test_the_page_fetches_nothing_from_the_network(opened: tuple[Page, list[str], Spec]) -> None:
    _, requested, _ = opened
    assert requested
    assert [url for url in requested if not url.startswith(("file:", "data:", "blob:", "about:"))] == []
