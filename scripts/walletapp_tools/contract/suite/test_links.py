"""One deterministic walk of every link in the spec: the source operation is called with a valid request
(`_api.Positive`), the link's expressions are evaluated on its answer, and the target must answer `2xx`
(`404` after a DELETE: the resource is gone). The random stateful phase may or may not reach a link with a
given seed; this walk reaches every one, every run.

On a live server a link into a write with a value the source listed is not followed: it would act on
whatever the server listed (for example delete the first member of a real brand), not on the run's own
data.
"""

from __future__ import annotations

import pytest

from .._context import RunContext
from .._facts import all_links
from ._api import Member, Positive, call, follow, give_coupon_pass, give_storecard_pass, require, sign_up
from ._run import MODEL, SCHEMA, acts_on_listed_data

LINKS = [(source, name, link) for source, status, name, link in all_links(MODEL) if status == "200"]


def _members(run: RunContext, source: str) -> list[Member]:
    """Members the source may act on: the run's own (signed up here), or on a read-only run the server's."""
    if "signUpMembers" in run.included:
        members = sign_up(2, "walk")
        if {"upsertPasses", "listMemberStorecards"} <= set(run.included) and run.known.storecards:
            give_storecard_pass(members[0])
        if "createPassUrl" in run.included and run.known.coupons:
            give_coupon_pass(members[0])
        return members
    known = run.known
    if SCHEMA.find_operation_by_id(source).method.upper() != "GET" or not known.members:
        pytest.skip(f"{source} needs members of the run's own: writes are not allowed in this run")
    return [
        Member(
            known.members[0],
            known.emails[0],
            storecard_codes=known.storecard_pass_codes[:1],
            coupon_codes=known.pass_codes[:1],
        )
    ]


@pytest.mark.parametrize(("source", "name", "link"), LINKS, ids=[f"{s}->{n}" for s, n, _ in LINKS])
def test_every_link_leads_to_an_answer(
    source: str, name: str, link: dict[str, object], run: RunContext
) -> None:
    target = str(link["operationId"])
    require(source, target)
    source_method = SCHEMA.find_operation_by_id(source).method.upper()
    if run.live and acts_on_listed_data(link):
        pytest.skip(f"{source} -> {target}: a write with values the server listed is only walked on the mock")
    positive = Positive(_members(run, source), f"{run.webhook_url or 'https://example.invalid'}/walk")
    path, query = positive.parameters(source)
    step = call(source, path=path, query=query, body=positive.body(source))
    follow(step, target, expect=404 if source_method == "DELETE" else (200,))
