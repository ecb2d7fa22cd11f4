"""With --access-log each request is one line that never holds a token, in any encoding."""

from __future__ import annotations

import logging
from urllib.parse import quote

import httpx
import pytest

from tests.support.servers import InThreadMock
from walletapp_mock.access_log import AccessLog


def test_the_access_log_names_each_request_without_its_token(caplog: pytest.LogCaptureFixture) -> None:
    """--access-log printed nothing. Now one line per request; a token a client put in the URL, raw or
    percent-encoded, and any credential-like parameter, are masked."""
    caplog.set_level(logging.INFO, logger="walletapp_mock.access")
    mock = InThreadMock(access_log=True).start()
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
