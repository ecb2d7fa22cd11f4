"""Realistic WalletApp server bugs, planted by the proxy one at a time (`make mutation`): the contract
suite must fail on each. They come in the families the suite has to catch: paginators that lie, batches
and webhooks that misbehave, writes that are acknowledged but not saved, answers that break the schema,
auth not enforced, server errors, validation missing, links that lead nowhere.

`quick` names the part of the suite (a pytest `-k` expression) expected to catch the fault, so CI can run
a fast subset; `make mutation` runs the whole suite against every fault.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from walletapp_tools.contract import find_page

from .proxy import Exchange, Fault

PAGINATED = frozenset({"listMembers", "listMemberCoupons", "listMemberStorecards"})
PASS_BATCH_STATUS = frozenset({"getCouponBatch", "getStorecardBatch", "getPointsBatch"})


@dataclass(frozen=True)
class Mutant:
    fault: Fault
    quick: str


def _page(status: int, body: Any, change: Any) -> tuple[int, Any]:
    found = find_page(body) if status == 200 else None
    if found is not None:
        change(*found)
    return status, body


def _last_page_off_by_one(ex: Exchange, status: int, body: Any) -> tuple[int, Any]:
    return _page(status, body, lambda page, items: page.update(last_page=page["last_page"] + 1))


def _total_counts_the_page(ex: Exchange, status: int, body: Any) -> tuple[int, Any]:
    return _page(status, body, lambda page, items: page.update(total=len(items)))


def _next_page_always(ex: Exchange, status: int, body: Any) -> tuple[int, Any]:
    def change(page: dict[str, Any], items: list[Any]) -> None:
        if page.get("next_page_url") is None and page.get("last_page_url"):
            page["next_page_url"] = page["last_page_url"]

    return _page(status, body, change)


def _wrong_kind(payload: dict[str, Any]) -> list[dict[str, Any]]:
    kinds = ["coupons", "storecards", "points", "mails"]
    link = str(payload.get("link", ""))
    for i, kind in enumerate(kinds):
        if f"/webhooks/{kind}/" in link:
            payload = {
                **payload,
                "link": link.replace(f"/webhooks/{kind}/", f"/webhooks/{kinds[(i + 1) % 4]}/"),
            }
            break
    return [payload]


def _repeat_a_result(ex: Exchange, status: int, body: Any) -> tuple[int, Any]:
    if status == 200 and isinstance(body, dict) and body.get("data", {}).get("passes"):
        body["data"]["passes"].append(dict(body["data"]["passes"][0]))
    return status, body


def _points_dropped(ex: Exchange) -> Exchange:
    if isinstance(ex.body, dict) and isinstance(ex.body.get("points"), int):
        return replace(ex, body={**ex.body, "points": 0})
    return ex


def _elsewhere(ex: Exchange) -> Exchange:
    """The request as a server that looks in the wrong place sends it on: auth and validation still
    happen (an invalid value is forwarded as it came), the lookup of a valid one finds nothing (404), and
    `_success_anyway` says it worked."""
    brand = ex.query.get("brand_id")
    if brand is not None and _is_uuid(brand):
        return replace(ex, query={**ex.query, "brand_id": str(uuid.uuid4())})
    email = ex.body.get("email") if isinstance(ex.body, dict) else None
    if isinstance(email, str) and re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", email):
        return replace(ex, body={**ex.body, "email": f"nobody-{uuid.uuid4().hex}@example.com"})
    return ex


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _success_anyway(answer: Any) -> Callable[[Exchange, int, Any], tuple[int, Any]]:
    def respond(ex: Exchange, status: int, body: Any) -> tuple[int, Any]:
        return (200, answer) if status == 404 else (status, body)

    return respond


def _never_blocked(ex: Exchange) -> Exchange:
    if isinstance(ex.body, dict) and ex.body.get("status") == "blocked":
        return replace(ex, body={**ex.body, "status": "active"})
    return ex


def _drop_pass_code(ex: Exchange, status: int, body: Any) -> tuple[int, Any]:
    if status == 200 and isinstance(body, dict) and isinstance(body.get("data"), dict):
        body["data"].pop("code", None)
    return status, body


def _answers_without_token(ex: Exchange, status: int, body: Any) -> tuple[int, Any]:
    return (200, {"success": True, "data": []}) if status == 401 else (status, body)


def _error_on_one_per_page(ex: Exchange, status: int, body: Any) -> tuple[int, Any]:
    """A crash past authentication and validation (the lookup and paging code)."""
    if status not in (401, 403, 422) and ex.query.get("per_page") == "1":
        return 500, {"message": "Server Error"}
    return status, body


def _points_not_validated(ex: Exchange) -> Exchange:
    if isinstance(ex.body, dict) and "points" in ex.body and not isinstance(ex.body["points"], int):
        return replace(ex, body={**ex.body, "points": 0})
    return ex


def _html_not_found(ex: Exchange, status: int, body: Any) -> tuple[int, Any]:
    return (404, b"<html><body><h1>404 Not Found</h1></body></html>") if status == 404 else (status, body)


def _created(ex: Exchange, status: int, body: Any) -> tuple[int, Any]:
    return (201 if status == 200 else status), body


def _count_every_address(ex: Exchange, status: int, body: Any) -> tuple[int, Any]:
    if status == 200 and isinstance(ex.body, dict) and isinstance(ex.body.get("email"), list):
        count = len(ex.body["email"])
        body["data"] = {"amount": count, "message": f"Unsubscribed {count} members"}
    return status, body


def _ids_do_not_resolve(ex: Exchange, status: int, body: Any) -> tuple[int, Any]:
    if status == 200:
        for member in body.get("data", {}).get("members", []):
            member["identifier"] = str(uuid.uuid5(uuid.NAMESPACE_URL, member["identifier"]))
    return status, body


def _wrong_new_ids(ex: Exchange, status: int, body: Any) -> tuple[int, Any]:
    if status == 200 and isinstance(body.get("data", {}).get("new"), dict):
        body["data"]["new"] = {email: str(uuid.uuid4()) for email in body["data"]["new"]}
    return status, body


MUTANTS: dict[str, Mutant] = {
    m.fault.name: m
    for m in [
        Mutant(
            Fault(
                "last-page-off-by-one",
                "paginated lists report one page too many",
                PAGINATED,
                response=_last_page_off_by_one,
            ),
            "pagination",
        ),
        Mutant(
            Fault(
                "total-counts-the-page",
                "`total` is the number of items on the page",
                PAGINATED,
                response=_total_counts_the_page,
            ),
            "pagination",
        ),
        Mutant(
            Fault(
                "next-page-on-the-last-page",
                "the last page still has a next_page_url",
                PAGINATED,
                response=_next_page_always,
            ),
            "pagination",
        ),
        Mutant(
            Fault("webhook-delivered-twice", "every batch webhook is sent twice", webhook=lambda p: [p, p]),
            "batch_webhook",
        ),
        Mutant(
            Fault(
                "webhook-without-link",
                "success webhooks lack their `link`",
                webhook=lambda p: [{k: v for k, v in p.items() if k != "link"}],
            ),
            "batch_webhook",
        ),
        Mutant(
            Fault(
                "webhook-links-another-kind",
                "the webhook link points at the status page of another kind",
                webhook=_wrong_kind,
            ),
            "batch_webhook",
        ),
        Mutant(
            Fault(
                "batch-result-repeats-a-member",
                "a batch status page lists its first pass twice",
                PASS_BATCH_STATUS,
                response=_repeat_a_result,
            ),
            "batch_processes",
        ),
        Mutant(
            Fault(
                "points-not-saved",
                "updatePassPoints acknowledges a change but saves 0 points",
                frozenset({"updatePassPoints"}),
                request=_points_dropped,
            ),
            "points_added",
        ),
        Mutant(
            Fault(
                "delete-deletes-nothing",
                "deleteMember answers success without deleting",
                frozenset({"deleteMember"}),
                request=_elsewhere,
                response=_success_anyway({"success": True, "message": "Member deleted"}),
            ),
            "deleted_member",
        ),
        Mutant(
            Fault(
                "unsubscribe-not-saved",
                "unsubscribeMember answers success without unsubscribing",
                frozenset({"unsubscribeMember"}),
                request=_elsewhere,
                response=_success_anyway({"message": "Request successful", "data": "User unsubscribed"}),
            ),
            "unsubscribed_member",
        ),
        Mutant(
            Fault(
                "block-not-saved",
                "updatePass keeps a pass active when asked to block it",
                frozenset({"updatePass"}),
                request=_never_blocked,
            ),
            "blocked_pass",
        ),
        Mutant(
            Fault(
                "getpass-without-code",
                "getPass leaves out the required `code`",
                frozenset({"getPass"}),
                response=_drop_pass_code,
            ),
            "links and getPass",
        ),
        Mutant(
            Fault(
                "auth-not-enforced",
                "GET /templates answers without a valid token",
                frozenset({"listTemplates"}),
                response=_answers_without_token,
            ),
            "auth_matrix and listTemplates",
        ),
        Mutant(
            Fault(
                "server-error-on-one-per-page",
                "listMembers answers 500 for per_page=1",
                frozenset({"listMembers"}),
                response=_error_on_one_per_page,
            ),
            "conformance and members/list",
        ),
        Mutant(
            Fault(
                "points-not-validated",
                "updatePassPoints accepts non-integer points as 0",
                frozenset({"updatePassPoints"}),
                request=_points_not_validated,
            ),
            "validation and updatePassPoints",
        ),
        Mutant(
            Fault("html-not-found", "404 answers are an HTML page", response=_html_not_found),
            "conformance and passes",
        ),
        Mutant(
            Fault(
                "created-instead-of-ok",
                "createPassUrl answers 201, which the spec does not document",
                frozenset({"createPassUrl"}),
                response=_created,
            ),
            "conformance and passes/url",
        ),
        Mutant(
            Fault(
                "unsubscribe-counts-unknown-addresses",
                "unsubscribeMembers counts addresses it ignored",
                frozenset({"unsubscribeMembers"}),
                response=_count_every_address,
            ),
            "bulk_unsubscribe",
        ),
        Mutant(
            Fault(
                "listed-ids-do-not-resolve",
                "listMembers lists identifiers no other operation knows",
                frozenset({"listMembers"}),
                response=_ids_do_not_resolve,
            ),
            "links and listMembers",
        ),
        Mutant(
            Fault(
                "signup-returns-wrong-ids",
                "signUpMembers answers identifiers of no member",
                frozenset({"signUpMembers"}),
                response=_wrong_new_ids,
            ),
            "write_read",
        ),
    ]
}
