"""Every JSON example of the documentation pages, placeholders filled by kind, validates against the spec.

The examples are read from openapi/sources/*.txt (`walletapp_tools.docpages`), repaired into JSON by the
named repairs of `docpages._jsonish` (ellipsis lines, bare placeholders, single quotes, trailing commas,
repeated keys), filled with a value of each placeholder's kind (`docpages._kinds`: a batch id that is no
UUID, a status word nobody listed, the documented `YYYY-MM-DD HH:MM:SS`, a schemeless pass link...) and
validated: requests against the operation's body (or query parameters for GET and DELETE), responses
against its 200 answer, webhooks against the batchFinished payload. The examples that cannot be used are
printed with the reason (run `python -m walletapp_tools.docpages` for the whole account).
"""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from walletapp_tools.docpages import Pages, Report, check_examples, fill, load_pages
from walletapp_tools.docpages._jsonish import NotJson, Pairs, parse
from walletapp_tools.docpages._kinds import UnknownPlaceholder
from walletapp_tools.spec import load_document

ROOT = Path(__file__).resolve().parents[2]


@cache
def _pages() -> Pages:
    return load_pages(ROOT / "openapi" / "sources")


@cache
def _spec() -> dict[str, Any]:
    return load_document(ROOT / "openapi" / "walletapp.yaml")


def _report(spec: dict[str, Any]) -> Report:
    return check_examples(spec, _pages())


def test_every_docs_example_validates_against_the_spec(capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(_spec())
    with capsys.disabled():
        print("\n" + "\n".join(report.lines()))

    assert not report.rejected, "\n".join(report.lines())
    assert len(report.checked) == 67, "an example stopped being checked:\n" + "\n".join(report.lines())
    assert [(u.example.label, u.reason) for u in report.unusable] == [
        (
            "imports.txt:32 the import model (model)",
            "its values describe the fields in words; the import request example is checked instead",
        )
    ]


def test_every_documented_operation_has_its_examples_checked() -> None:
    sections = {s.label for s in _pages().sections}
    checked = {item.example.section for item in _report(_spec()).checked}

    assert sections <= checked


@pytest.mark.parametrize(
    ("schema", "field", "value", "example", "problem"),
    [
        # issue 10 items, planted back: each closes what the pages leave open
        ("BatchAccepted", "batch_id", {"type": "string", "format": "uuid"}, "POST /bulk/coupons (response)",
         "data/batch_id: 'b-20260314-0042' is not a 'uuid'"),
        ("ImportUser", "welcome_email", {"type": "boolean"}, "POST /v2/import (request)",
         "users/0/welcome_email: 0 is not of type 'boolean'"),
        ("PassBatchResult", "download_link", {"type": "string", "format": "uri"},
         "GET /webhooks/points/:id (response)",
         "data/passes/0/download_link: 'my.walletapp.co/pass/WA-3QNV-8ZKE' is not a 'uri'"),
        ("ImportLogEntry", "last_updated", {"type": "string", "format": "date-time"},
         "GET /import/log (response)", "data/0/last_updated: 'not yet' is not a 'date-time'"),
    ],
)  # fmt: skip
def test_a_spec_that_rejects_a_docs_example_fails_the_check(
    schema: str, field: str, value: dict[str, Any], example: str, problem: str
) -> None:
    spec = copy.deepcopy(_spec())
    spec["components"]["schemas"][schema]["properties"][field] = value

    rejected = {
        (item.example.label.split(" ", 1)[1], p) for item in _report(spec).rejected for p in item.problems
    }

    assert (example, problem) in rejected


def test_a_closed_status_on_a_status_page_fails_the_check() -> None:
    spec = copy.deepcopy(_spec())
    spec["components"]["schemas"]["PassBatchStatus"]["properties"]["status"] = {
        "$ref": "#/components/schemas/BatchState"
    }

    problems = [p for item in _report(spec).rejected for p in item.problems]

    assert "data/status: 'in_review' is not one of ['queued', 'processing', 'finished', 'failed']" in problems


def test_a_query_example_naming_no_parameter_is_rejected() -> None:
    spec = copy.deepcopy(_spec())
    parameters = spec["paths"]["/members"]["get"]["parameters"]
    spec["paths"]["/members"]["get"]["parameters"] = [
        p for p in parameters if p.get("name") != "user_identifier"
    ]

    problems = [p for item in _report(spec).rejected for p in item.problems]

    assert "user_identifier: no query parameter of that name" in problems


# The repairs that make the pages' examples JSON, one each.


def test_single_quotes_become_double_quotes() -> None:
    assert parse("{\n    'email': '<email>',\n    'points': 1\n}") == (
        Pairs((("email", "<email>"), ("points", 1))),
        ["single-quotes"],
    )


def test_bare_placeholders_become_strings_and_trailing_commas_go() -> None:
    value, repairs = parse('{\n    "created_at": <creation_date>,\n    "qr_code": <qr_code on the pass>,\n}')

    assert value == Pairs((("created_at", "<creation_date>"), ("qr_code", "<qr_code on the pass>")))
    assert repairs == ["bare-placeholder", "trailing-comma"]


def test_ellipsis_lines_are_dropped() -> None:
    value, repairs = parse('{\n    "users": [\n        "<uuid>",\n        ...\n    ]\n}')

    assert value == Pairs((("users", ["<uuid>"]),))
    assert repairs == ["ellipsis", "trailing-comma"]


def test_repeated_placeholder_keys_get_a_value_each() -> None:
    value, repairs = parse('{"new": {"<email>": "<member_id>", "<email>": "<member_id>"}}')

    filled = fill(value, "response")

    assert repairs == ["duplicate-keys"]
    assert len(filled["new"]) == 2


def test_placeholders_are_filled_by_kind_quotes_or_not() -> None:
    value, _ = parse(
        '{"points": "<points>", "unsubscribed": "<unsubscribed>", "url": "my.walletapp.co/pass/<pass_code>"}'
    )

    assert fill(value, "request") == {
        "points": -5,
        "unsubscribed": False,
        "url": "my.walletapp.co/pass/WA-7K3P-QX9M",
    }


def test_a_block_that_stays_invalid_is_reported() -> None:
    with pytest.raises(NotJson, match="not JSON after the repairs"):
        parse('{"a": 1 "b": 2}')


def test_a_placeholder_of_no_known_kind_cannot_be_filled() -> None:
    value, _ = parse('{"a": "<something new>"}')

    with pytest.raises(UnknownPlaceholder, match="no kind known for <something new>"):
        fill(value, "response")
