"""One masking step (walletapp_tools.contract._masking) hides a token in every form a server could echo
it in: raw, URL-encoded, base64 (at any alignment, with or without `Bearer `), JSON-escaped."""

from __future__ import annotations

import base64
import json
from types import SimpleNamespace
from urllib.parse import quote, quote_plus

import pytest
from walletapp_tools.contract import Masker, mask, mask_report

TOKEN = "7|Xk2v9QfL0pRm3sTz8aBc4dEf6gHj1kLm5nOp7qRs"
"""Shaped like a Sanctum token: `<id>|<40 letters and digits>`."""
SECRET = TOKEN.split("|")[1]


@pytest.mark.parametrize(
    "echoed",
    [
        TOKEN,
        quote(TOKEN, safe=""),
        quote_plus(TOKEN),
        base64.b64encode(TOKEN.encode()).decode(),
        base64.b64encode(f"Bearer {TOKEN}".encode()).decode(),
        base64.urlsafe_b64encode(f"x:{TOKEN}".encode()).decode(),
        json.dumps(TOKEN).replace("|", "\\u007c"),
        TOKEN.replace("|", "\\\\u007C"),
    ],
    ids=[
        "raw",
        "url",
        "url-plus",
        "base64",
        "base64-bearer",
        "base64-offset",
        "json-u007c",
        "double-escaped",
    ],
)
def test_every_form_of_the_token_is_hidden(echoed: str) -> None:
    masked = Masker([TOKEN])(f"the server said: {echoed} (twice: {echoed})")
    assert echoed[4:-4] not in masked and SECRET[:8] not in masked, masked
    assert masked.startswith("the server said: ")


def test_a_shortened_token_shows_neither_its_head_nor_its_tail() -> None:
    """pytest shortens a long repr in an assertion's summary line to its head and tail."""
    shortened = f"assert '{TOKEN[:12]}...{TOKEN[-13:]}' == 'x'"
    masked = Masker([TOKEN])(shortened)
    assert masked == "assert '7|***...***' == 'x'", masked


def test_a_token_shortened_by_pytest_never_reaches_the_report(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        f"""
import pytest
from walletapp_tools.contract import mask_report

@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    mask_report(outcome.get_result(), [{TOKEN!r}])
"""
    )
    pytester.makepyfile(f"def test_leak():\n    assert {TOKEN!r} == 'x'\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    output = result.stdout.str()
    assert "7|***" in output and SECRET[:8] not in output and SECRET[-8:] not in output, output


def test_ordinary_text_is_left_alone() -> None:
    text = "GET /members/list answered 200 with 25 members"
    assert Masker([TOKEN])(text) == text
    assert mask("nothing", None) == "nothing"


def test_a_report_is_masked_in_its_failure_text_and_captured_output() -> None:
    report = SimpleNamespace(
        longrepr=f"AssertionError: client=AuthenticatedClient(token='{TOKEN}')",
        sections=[
            ("Captured stdout call", f"Authorization: Bearer {quote(TOKEN)}"),
            ("Captured log", "clean"),
        ],
    )
    mask_report(report, [TOKEN])
    assert SECRET not in str(report.longrepr)
    assert all(SECRET not in content for _, content in report.sections)
    assert report.sections[1] == ("Captured log", "clean")
