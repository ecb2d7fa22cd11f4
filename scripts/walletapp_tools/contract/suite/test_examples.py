"""Every selected operation accepts the spec's own example of its request, with the identifiers replaced
by real ones (`_api.Positive`), and answers 2xx. Random positive cases rarely name a member, a template
and a product that all exist; this test makes sure every operation is exercised past its validation at
least once per run, on any server."""

from __future__ import annotations

import pytest

from .._context import RunContext
from ._api import Member, Positive, call, give_coupon_pass, give_storecard_pass, require, sign_up
from ._run import OPERATIONS


def _members(run: RunContext, operation_id: str, method: str) -> list[Member]:
    if "signUpMembers" in run.included:
        members = sign_up(2, "example")
        if {"upsertPasses", "listMemberStorecards"} <= set(run.included) and run.known.storecards:
            give_storecard_pass(members[0])
        elif "createPassUrl" in run.included and run.known.coupons:
            give_coupon_pass(members[0])
        return members
    if method != "GET" or not run.known.members:
        pytest.skip(f"{operation_id} needs members of the run's own: writes are not allowed in this run")
    return [Member(run.known.members[0], run.known.emails[0], run.known.storecard_pass_codes[:1],
                   run.known.pass_codes[:1])]  # fmt: skip


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_the_spec_example_with_real_data_is_accepted(op: object, run: RunContext) -> None:
    operation_id, method = op.operation_id, op.method  # type: ignore[attr-defined]
    require(operation_id)
    positive = Positive(
        _members(run, operation_id, method), f"{run.webhook_url or 'https://example.invalid'}/example"
    )
    path, query = positive.parameters(operation_id)
    if "batch_id" in path and path["batch_id"] is None:
        pytest.skip(f"{operation_id}: no batch of this kind is known (see the run's notes)")
    call(operation_id, path=path, query=query, body=positive.body(operation_id), expect=range(200, 300))
