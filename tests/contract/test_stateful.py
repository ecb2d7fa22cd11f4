"""Scenarios that follow the spec's links (list members -> their passes -> ...; batch -> its status page),
with every check enabled, including those that need a sequence (use_after_free,
ensure_resource_availability)."""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
from schemathesis import Case, Response
from schemathesis.specs.openapi.schemas import OpenApiSchema

from ._summary import RECORD

SCENARIOS_PER_EXAMPLE = 3
"""Scenarios per CONTRACT_MAX_EXAMPLES: one scenario spreads over a dozen entry points."""

pytestmark = pytest.mark.usefixtures("fresh_mock")


def test_linked_operations_honour_the_contract(contract_schema: OpenApiSchema) -> None:
    if not contract_schema.config.phases.stateful.enabled:
        pytest.skip("the stateful phase is disabled in tests/contract/schemathesis.toml")
    base = contract_schema.as_state_machine()

    class Scenarios(base):  # type: ignore[valid-type,misc]
        def after_call(self, response: Response, case: Case) -> None:
            super().after_call(response, case)
            RECORD.count(case, "stateful")

        def validate_response(self, response: Response, case: Case, *args: Any, **kwargs: Any) -> None:
            try:
                super().validate_response(response, case, *args, **kwargs)
            except BaseException as exc:
                RECORD.fail(f"{case.operation.label} (stateful)", exc)
                raise

    settings = contract_schema.config.get_hypothesis_settings(phase="stateful")
    hypothesis.seed(contract_schema.config.seed)(Scenarios)
    Scenarios.run(
        settings=hypothesis.settings(
            settings,
            max_examples=SCENARIOS_PER_EXAMPLE * settings.max_examples,
            phases=[hypothesis.Phase.generate],
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )
