"""Ids that exist on the server under test, for the dictionaries of schemathesis.toml.

For the mock they are computed in-process from its seed (the mock's data is a pure function of
`--seed` and `--members`), because generation is set up when tests are collected, before the mock
runs; the `contract_target` fixture checks that the running mock agrees. For a live server only the
brand is known, from CONTRACT_BRAND_ID.
"""

from __future__ import annotations

from typing import Any

from walletapp_mock.seed import build_store, fixtures

MOCK_SEED = 1
MOCK_MEMBERS = 25


def mock_fixtures() -> dict[str, Any]:
    return fixtures(build_store(MOCK_SEED, MOCK_MEMBERS), tokens={})


def dictionaries_from_fixtures(data: dict[str, Any]) -> dict[str, list[str]]:
    members = data["members"]
    return {
        "brands": [data["brand_id"]],
        "members": [m["identifier"] for m in members],
        "emails": [m["email"] for m in members],
        "pass_codes": [p["code"] for m in members for p in m["passes"]],
        "coupons": [c["id"] for c in data["coupons"]],
        "storecards": [s["id"] for s in data["storecards"] if s["brand_id"] == data["brand_id"]],
        "templates": [t["id"] for t in data["templates"]],
    }


def dictionaries_for_live(brand_id: str | None) -> dict[str, list[str]]:
    return {"brands": [brand_id]} if brand_id else {}
