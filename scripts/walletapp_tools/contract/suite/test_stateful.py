"""Random scenarios along the spec's links (list members -> their passes -> ...; batch -> its status
page) with every check, including those that need a sequence (use_after_free,
ensure_resource_availability). `test_links.py` walks every link once more, deterministically."""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
from schemathesis import Case, Response

from ._run import SCHEMA, SESSION
from ._summary import RECORD

SCENARIOS_PER_EXAMPLE = 3
"""Scenarios per max-examples: one scenario spreads over a dozen entry points."""


def test_linked_operations_honour_the_contract() -> None:
    if not SCHEMA.config.phases.stateful.enabled:
        pytest.skip("the stateful phase is disabled in schemathesis.toml")
    base = SCHEMA.as_state_machine()

    class Scenarios(base):  # type: ignore[valid-type,misc]
        def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
            return {"session": SESSION}

        def after_call(self, response: Response, case: Case[Any]) -> None:
            super().after_call(response, case)
            RECORD.record(case.operation.label, "stateful", response.status_code)

        def validate_response(self, response: Response, case: Case[Any], *args: Any, **kwargs: Any) -> None:
            try:
                super().validate_response(response, case, *args, **kwargs)
            except BaseException as exc:
                RECORD.fail(f"{case.operation.label} (stateful)", exc)
                raise

    settings = SCHEMA.config.get_hypothesis_settings(phase="stateful")
    hypothesis.seed(SCHEMA.config.seed)(Scenarios)
    Scenarios.run(
        settings=hypothesis.settings(
            settings,
            max_examples=SCENARIOS_PER_EXAMPLE * settings.max_examples,
            phases=[hypothesis.Phase.generate],
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )
