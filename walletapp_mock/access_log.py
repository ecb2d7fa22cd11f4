"""`--access-log`: one line per answered request, which never holds a token. The Authorization header is
not logged, and a token a client put in the URL (any token the mock knows, raw or percent-encoded, and
the value of any parameter named like a credential) is replaced by `***`.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterable
from urllib.parse import quote, unquote

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("walletapp_mock.access")

MASK = "***"
MAX_TARGET = 300
"""Characters of a request's path and query shown (a URL can be as long as the header limit)."""
_CREDENTIAL = re.compile(r"token|secret|passw|key|signature|auth|session|cookie", re.IGNORECASE)


class AccessLog:
    """Formats one line per answered request, with every token it knows masked."""

    def __init__(self, secrets: Iterable[str]) -> None:
        forms = {form for s in secrets for form in (s, quote(s, safe=""), quote(s, safe="").lower()) if s}
        self._forms = sorted(forms, key=len, reverse=True)

    def _query(self, query: str) -> str:
        pairs = []
        for pair in query.split("&"):
            name, sep, _ = pair.partition("=")
            pairs.append(f"{name}{sep}{MASK}" if sep and _CREDENTIAL.search(unquote(name)) else pair)
        return "&".join(pairs)

    def line(self, scope: Scope, status: int, seconds: float) -> str:
        client = scope.get("client")
        who = f"{client[0]}:{client[1]}" if client else "-"
        target = bytes(scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
        query = bytes(scope.get("query_string", b"")).decode("latin-1")
        if query:
            target += "?" + self._query(query)
        for form in self._forms:
            target = target.replace(form, MASK)
        if len(target) > MAX_TARGET:
            target = target[: MAX_TARGET - 3] + "..."
        return f'{who} "{scope["method"]} {target}" {status} {seconds * 1000:.1f} ms'


class AccessLogMiddleware:
    """ASGI middleware logging each HTTP request once it is answered (only added with --access-log)."""

    def __init__(self, app: ASGIApp, access: AccessLog) -> None:
        self.app = app
        self.access = access

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, status = time.perf_counter(), 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            log.info(self.access.line(scope, status, time.perf_counter() - started))
