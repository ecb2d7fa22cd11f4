"""The little HTTP the dispatcher needs, straight from the ASGI scope: query strings, headers, bodies
and JSON responses. Starlette's Request/Response objects are general and cost more than the whole rest
of a mock request; these helpers do only what the spec-driven dispatcher uses."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import unquote_plus

import orjson

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_JSON_HEADER = (b"content-type", b"application/json")


def parse_query(raw: bytes) -> dict[str, list[str]]:
    """`a=1&b=x%20y&a=2` -> {"a": ["1", "2"], "b": ["x y"]}; blank values are kept (as Laravel does)."""
    out: dict[str, list[str]] = {}
    if not raw:
        return out
    text = raw.decode("latin-1")
    for pair in text.split("&"):
        if not pair:
            continue
        key, _, value = pair.partition("=")
        if "%" in key or "+" in key:
            key = unquote_plus(key)
        if "%" in value or "+" in value:
            value = unquote_plus(value)
        out.setdefault(key, []).append(value)
    return out


class Query:
    """Read access to a parsed query string; the last value wins for a single value (as in PHP)."""

    __slots__ = ("_values",)

    def __init__(self, raw: bytes) -> None:
        self._values = parse_query(raw)

    def get(self, name: str) -> str | None:
        values = self._values.get(name)
        return values[-1] if values else None

    def getlist(self, name: str) -> list[str]:
        return list(self._values.get(name, ()))

    def __contains__(self, name: object) -> bool:
        return name in self._values


async def read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def send_json(
    send: Send, status: int, body: Any, extra_headers: tuple[tuple[bytes, bytes], ...] = ()
) -> None:
    payload = body if isinstance(body, bytes) else orjson.dumps(body)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [_JSON_HEADER, (b"content-length", str(len(payload)).encode()), *extra_headers],
        }
    )
    await send({"type": "http.response.body", "body": payload})


async def send_json_stream(send: Send, status: int, chunks: Any) -> None:
    """A JSON body sent in pieces (chunked transfer encoding), so a huge answer is never held whole."""
    await send({"type": "http.response.start", "status": status, "headers": [_JSON_HEADER]})
    for chunk in chunks:
        await send({"type": "http.response.body", "body": chunk, "more_body": True})
    await send({"type": "http.response.body", "body": b"", "more_body": False})
