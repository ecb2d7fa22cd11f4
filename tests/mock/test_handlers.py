from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import httpx
from walletapp_tools.spec import dump_document, load_document

from tests.support.servers import InThreadMock
from walletapp_mock.clock import stamp
from walletapp_mock.handlers import registry
from walletapp_mock.settings import DEFAULT_SPEC
from walletapp_mock.spec import Spec


def test_every_operation_of_the_spec_has_a_handler(spec: Spec) -> None:
    missing = {op.operation_id for op in spec.operations} - set(registry())
    assert not missing, f"operations without a handler: {sorted(missing)}"


def test_every_handler_serves_an_operation_of_the_spec(spec: Spec) -> None:
    orphans = set(registry()) - {op.operation_id for op in spec.operations}
    assert not orphans, f"handlers for operations the spec does not have: {sorted(orphans)}"


def test_the_app_reports_an_operation_added_to_the_spec_without_a_handler(tmp_path: Path) -> None:
    document = load_document(DEFAULT_SPEC)
    document["paths"]["/members/export"] = {
        "get": {"operationId": "exportMembers", "responses": {"200": {"description": "ok"}}}
    }
    path = tmp_path / "spec.yaml"
    path.write_text(dump_document(document), encoding="utf-8")
    mock = InThreadMock(spec_path=path, members=1).start()
    try:
        assert mock.app.state.missing_handlers == ["exportMembers"]
        token = mock.runtime.demo_token
        answer = httpx.get(f"{mock.base_url}/members/export", headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 501 and "not implemented" in answer.json()["message"]
    finally:
        mock.stop()


def test_timestamps_pad_years_before_1000_to_four_digits() -> None:
    assert stamp(datetime(40, 11, 30, 21, 56, 4, tzinfo=UTC)) == "0040-11-30T21:56:04.000000Z"
    assert stamp(datetime(2026, 3, 14, 9, 26, 53, 120, tzinfo=UTC)) == "2026-03-14T09:26:53.000120Z"
