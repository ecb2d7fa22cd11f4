from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from walletapp_tools.spec import dump_document, load_document

from tests.support.servers import InThreadMock
from walletapp_mock.auth import TokensFileError, demo_token, load_tokens_file
from walletapp_mock.settings import DEFAULT_SPEC

from .conftest import make_client
from .spec_check import SpecChecker


def test_the_demo_token_depends_only_on_the_seed() -> None:
    assert demo_token(1) == demo_token(1)
    assert demo_token(1) != demo_token(2)


def test_a_tokens_file_maps_tokens_to_abilities(tmp_path: Path) -> None:
    path = tmp_path / "tokens.yaml"
    path.write_text('"3|lpr": [lpr.store]\n"4|none": []\n', encoding="utf-8")
    assert load_tokens_file(path) == {"3|lpr": frozenset({"lpr.store"}), "4|none": frozenset()}


@pytest.mark.parametrize(
    "text",
    [
        '"5|secret-value": lpr.store\n',
        "- just a list\n",
        "{: : :\n",
        '"5|secret-value": []\n"5|secret-value": [lpr.store]\n',
    ],
)
def test_a_bad_tokens_file_is_one_line_without_the_token(tmp_path: Path, text: str) -> None:
    path = tmp_path / "tokens.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TokensFileError) as caught:
        load_tokens_file(path)
    assert "secret-value" not in str(caught.value) and "\n" not in str(caught.value)
    assert str(path) in str(caught.value)


@pytest.fixture(scope="module")
def lpr_server() -> Iterator[InThreadMock]:
    mock = InThreadMock(tokens={"3|lpr-only": frozenset({"lpr.store"})}).start()
    yield mock
    mock.stop()


def test_a_token_from_the_tokens_file_has_exactly_its_abilities(
    lpr_server: InThreadMock, checker: SpecChecker
) -> None:
    headers = {"Authorization": "Bearer 3|lpr-only"}
    with make_client(lpr_server.base_url, checker) as http:
        fx: dict[str, Any] = http.get("/__mock/fixtures").json()
        member = fx["members"][0]["identifier"]
        plates = http.post(
            "/bulk/licenseplates",
            json={"users": [{"identifier": member, "licenseplates": ["X"]}]},
            headers=headers,
        )
        assert plates.status_code == 200
        listing = http.get("/members/list", params={"brand_id": fx["brand_id"]}, headers=headers)
        assert listing.status_code == 403


def test_the_read_only_token_reads_but_cannot_write(
    client: httpx.Client, fx: dict[str, Any], readonly: dict[str, str]
) -> None:
    assert (
        client.get("/members/list", params={"brand_id": fx["brand_id"]}, headers=readonly).status_code == 200
    )
    answer = client.patch(
        "/members/unsubscribe", json={"brand_id": fx["brand_id"], "email": "a@example.com"}, headers=readonly
    )
    assert answer.status_code == 403


def test_the_bearer_scheme_is_case_insensitive(client: httpx.Client, fx: dict[str, Any]) -> None:
    headers = {"Authorization": f"bearer {fx['tokens']['demo']['token']}"}
    assert client.get("/templates", params={"brand_id": fx["brand_id"]}, headers=headers).status_code == 200
    basic = {"Authorization": f"Basic {fx['tokens']['demo']['token']}"}
    assert client.get("/templates", params={"brand_id": fx["brand_id"]}, headers=basic).status_code == 401


def test_tokens_never_reach_the_logs(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client.get("/members/list", params={"brand_id": fx["brand_id"]}, headers=auth)
    client.get(
        "/members/list", params={"brand_id": fx["brand_id"]}, headers={"Authorization": "Bearer 7|leaked?"}
    )
    client.post("/members/signups", content=b"{", headers={**auth, "content-type": "application/json"})
    assert fx["tokens"]["demo"]["token"] not in caplog.text
    assert "7|leaked?" not in caplog.text


def test_every_security_requirement_of_the_spec_is_honoured(tmp_path: Path) -> None:
    """A requirement is an alternative: a token meeting the second one is let in, not only the first."""
    document = load_document(DEFAULT_SPEC)
    listing = document["paths"]["/members/list"]["get"]
    listing["security"] = [{"bearerAuth": ["members.get"]}, {"bearerAuth": ["members.audit", "brands.get"]}]
    spec = tmp_path / "spec.yaml"
    spec.write_text(dump_document(document), encoding="utf-8")
    tokens = {
        "7|auditor": frozenset({"members.audit", "brands.get"}),
        "8|half-auditor": frozenset({"members.audit"}),
    }
    mock = InThreadMock(spec_path=spec, members=2, tokens=tokens).start()
    try:
        brand = mock.runtime.fixtures()["brand_id"]

        def status(token: str) -> int:
            headers = {"Authorization": f"Bearer {token}"}
            return httpx.get(
                f"{mock.base_url}/members/list", params={"brand_id": brand}, headers=headers
            ).status_code

        assert status("7|auditor") == 200
        assert status("8|half-auditor") == 403, "a requirement is met whole or not at all"
        assert status(mock.runtime.readonly_token) == 200
    finally:
        mock.stop()
