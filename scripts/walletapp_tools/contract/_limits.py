"""Bounds on what a server can make a contract run wait for or hold: a total deadline per request and per
run, and a size limit per answer. A hostile or broken server (one byte every few seconds, a gigabyte of
body) becomes a failure with a clear message instead of a hang or an exhausted machine.

Timeouts of HTTP clients apply to each read, so a server trickling bytes never trips them;
`walletapp_tools._deadline.deadline` bounds the total (re-exported here with `DeadlineExceeded`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpx
import requests
from schemathesis.transport.requests import SameHostRedirectsSession

from .._deadline import DeadlineExceeded, deadline

REQUEST_SECONDS = 60.0
"""Total time one request may take, answer read in full (`CONTRACT_REQUEST_SECONDS`)."""
MAX_RESPONSE_BYTES = 32 * 1024 * 1024
"""The largest answer read (`CONTRACT_MAX_RESPONSE_MB`); a brand's whole member list stays under it."""
_CHUNK = 64 * 1024


__all__ = ["MAX_RESPONSE_BYTES", "REQUEST_SECONDS", "BoundedSession", "DeadlineExceeded", "ResponseTooLarge",
           "deadline", "fetch_bounded", "read_bounded"]  # fmt: skip


class ResponseTooLarge(requests.exceptions.RequestException):
    """An answer was larger than the limit; it was not read further."""


def _read_within(declared: str, chunks: Iterable[bytes], limit: int) -> bytes:
    """The whole body from `chunks`, or ResponseTooLarge as soon as it (or its declared length) passes
    `limit` bytes, so that no more than `limit` is ever held."""
    if declared.isdigit() and int(declared) > limit:
        raise ResponseTooLarge(
            f"the answer is larger than the {limit:,} bytes read: it declares {int(declared):,}"
        )
    kept, size = [], 0
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise ResponseTooLarge(f"the answer is larger than the {limit:,} bytes read")
        kept.append(chunk)
    return b"".join(kept)


def read_bounded(response: requests.Response, limit: int) -> None:
    """Read a streamed answer into `response.content`, refusing one larger than `limit` bytes."""
    try:
        content = _read_within(
            response.headers.get("Content-Length", ""), response.iter_content(_CHUNK), limit
        )
    except ResponseTooLarge:
        response.close()
        raise
    response._content = content
    response._content_consumed = True


def fetch_bounded(
    client: httpx.Client, method: str, url: str, limit: int = MAX_RESPONSE_BYTES, **kwargs: Any
) -> httpx.Response:
    """`client.request`, refusing an answer larger than `limit` bytes without holding it."""
    with client.stream(method, url, **kwargs) as streamed:
        content = _read_within(streamed.headers.get("Content-Length", ""), streamed.iter_bytes(_CHUNK), limit)
    return httpx.Response(
        streamed.status_code, headers=streamed.headers, content=content, request=streamed.request
    )


class BoundedSession(SameHostRedirectsSession):
    """The session every schemathesis call of the suite goes through: each request within its deadline,
    each answer within the size limit, held in memory only once read in full."""

    def __init__(self, *, seconds: float = REQUEST_SECONDS, limit: int = MAX_RESPONSE_BYTES) -> None:
        super().__init__()
        self.seconds, self.limit = seconds, limit

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        verb = method.decode() if isinstance(method, bytes) else method
        label = f"{verb} {url.decode() if isinstance(url, bytes) else url}".split("?")[0]
        with deadline(self.seconds, f"{label}: no complete answer within {self.seconds:g} s"):
            response = super().request(verb, url, *args, **{**kwargs, "stream": True})
            read_bounded(response, self.limit)
        return response
