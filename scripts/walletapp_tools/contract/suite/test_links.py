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
from ._api import Positive, call, follow, members_to_act_on, require
from ._run import MODEL, SCHEMA, acts_on_listed_data

LINKS = [(source, name, link) for source, status, name, link in all_links(MODEL) if status == "200"]


@pytest.mark.parametrize(("source", "name", "link"), LINKS, ids=[f"{s}->{n}" for s, n, _ in LINKS])
def test_every_link_leads_to_an_answer(
    source: str, name: str, link: dict[str, object], run: RunContext
) -> None:
    target = str(link["operationId"])
    require(source, target)
    source_method = SCHEMA.find_operation_by_id(source).method.upper()
    if run.live and acts_on_listed_data(link):
        pytest.skip(f"{source} -> {target}: a write with values the server listed is only walked on the mock")
    positive = Positive(
        members_to_act_on(source, "walk"), f"{run.webhook_url or 'https://example.invalid'}/walk"
    )
    path, query = positive.parameters(source)
    step = call(source, path=path, query=query, body=positive.body(source))
    follow(step, target, expect=404 if source_method == "DELETE" else (200,))
