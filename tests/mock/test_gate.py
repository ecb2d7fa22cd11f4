"""Every request passes the gate: Host names that DNS rebinding could forge are refused (421), and with
--access-log each request is one line that never holds a token, in any encoding."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from walletapp_mock.gate import AccessLog
from walletapp_mock.hosts import HostRule

from .servers import MockServer


@pytest.mark.parametrize(
    "host",
    [
        "rebind.attacker.example",
        "rebind.attacker.example:4010",
        "localhost.attacker.example",
        "127.0.0.1.nip.io:4010",
        "walletapp-mock",
    ],
)
def test_a_host_name_that_could_be_rebound_is_a_421_on_every_route(
    server: MockServer, fx: dict[str, Any], auth: dict[str, str], host: str
) -> None:
    """A page of attacker.example, its name rebound to 127.0.0.1, could read the fixtures (both tokens)
    and reset the mock; the browser still sends the page's own name. (A status the spec does not
    document, so asked without the spec-checking client.)"""
    with httpx.Client(base_url=server.base_url) as client:
        for method, path, params in (
            ("GET", "/__mock/fixtures", {}),
            ("POST", "/__mock/reset", {}),
            ("GET", "/members/list", {"brand_id": fx["brand_id"]}),
        ):
            answer = client.request(method, path, params=params, headers={**auth, "Host": host})
            assert answer.status_code == 421, (method, path)
            assert "DNS rebinding" in answer.json()["message"] and "token" not in answer.text


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1:4010", "localhost:4010", "app.localhost", "[::1]:4010", "192.0.2.10:4010", "[2001:db8::1]"],
)
def test_ip_addresses_and_localhost_names_are_answered(
    client: httpx.Client, fx: dict[str, Any], auth: dict[str, str], host: str
) -> None:
    answer = client.get("/members/list", params={"brand_id": fx["brand_id"]}, headers={**auth, "Host": host})
    assert answer.status_code == 200


def test_allowed_host_names_are_answered() -> None:
    rule = HostRule(["walletapp-mock", "Mock.Internal:4010"])
    assert rule.allows(b"walletapp-mock:4010") and rule.allows(b"mock.internal")
    assert not rule.allows(b"other.internal")


def test_the_access_log_names_each_request_without_its_token(caplog: pytest.LogCaptureFixture) -> None:
    """--access-log printed nothing. Now one line per request; a token a client put in the URL, raw or
    percent-encoded, and any credential-like parameter, are masked."""
    caplog.set_level(logging.INFO, logger="walletapp_mock.access")
    mock = MockServer(access_log=True).start()
    try:
        with httpx.Client(base_url=mock.base_url) as client:
            fx = client.get("/__mock/fixtures").json()
            token = fx["tokens"]["demo"]["token"]
            auth = {"Authorization": f"Bearer {token}"}
            client.get("/members/list", params={"brand_id": fx["brand_id"], "page": 1}, headers=auth)
            client.get(f"/members/{quote(token, safe='')}/coupons", headers=auth)
            client.get(f"/members/{token}/coupons", params={"brand_id": fx["brand_id"]}, headers=auth)
            client.get("/templates", params={"api_key": "k3y-value", "token": token}, headers=auth)
    finally:
        mock.stop()
    lines = [r.getMessage() for r in caplog.records if r.name == "walletapp_mock.access"]
    requests = [line.split(" ", 1)[1].rsplit(" ", 2)[0] for line in lines]
    assert requests == [
        '"GET /__mock/fixtures" 200',
        f'"GET /members/list?brand_id={fx["brand_id"]}&page=1" 200',
        '"GET /members/***/coupons" 404',
        f'"GET /members/***/coupons?brand_id={fx["brand_id"]}" 404',
        '"GET /templates?api_key=***&token=***" 422',
    ]
    assert all(line.startswith("127.0.0.1:") and line.endswith(" ms") for line in lines)
    text = "\n".join(lines)
    for form in (
        token,
        quote(token, safe=""),
        quote(token, safe="").lower(),
        token.split("|")[1],
        "k3y-value",
    ):
        assert form not in text


def test_the_access_log_masks_every_form_of_every_known_token() -> None:
    log = AccessLog(["1|abcdefabcdef", "9|other"])
    scope = {
        "client": ("127.0.0.1", 5),
        "method": "GET",
        "path": "/x",
        "raw_path": b"/x/1%7cabcdefabcdef/9%7Cother",
        "query_string": b"q=1|abcdefabcdef&password=p&keep=v",
    }
    assert log.line(scope, 200, 0.001) == '127.0.0.1:5 "GET /x/***/***?q=***&password=***&keep=v" 200 1.0 ms'
