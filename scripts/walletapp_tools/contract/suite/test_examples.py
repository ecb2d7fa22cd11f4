"""Every selected operation accepts the spec's own example of its request, with the identifiers replaced
by real ones (`_api.Positive`), and answers 2xx. Random positive cases rarely name a member, a template
and a product that all exist; this test makes sure every operation is exercised past its validation at
least once per run, on any server."""

from __future__ import annotations

import pytest

from .._context import RunContext
from ._api import Positive, call, members_to_act_on, require
from ._run import OPERATIONS


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_the_spec_example_with_real_data_is_accepted(op: object, run: RunContext) -> None:
    operation_id = op.operation_id  # type: ignore[attr-defined]
    require(operation_id)
    positive = Positive(
        members_to_act_on(operation_id, "example"), f"{run.webhook_url or 'https://example.invalid'}/example"
    )
    path, query = positive.parameters(operation_id)
    if "batch_id" in path and path["batch_id"] is None:
        pytest.skip(f"{operation_id}: no batch of this kind is known (see the run's notes)")
    call(operation_id, path=path, query=query, body=positive.body(operation_id), expect=range(200, 300))
